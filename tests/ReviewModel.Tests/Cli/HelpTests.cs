using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Cli.Help;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class HelpTests : CliRunner
{
    [Fact]
    public void Root_help_names_the_tool_reviewmodel_and_lists_commands_and_exit_codes()
    {
        var (exit, output, error) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("reviewmodel <命令> [选项]", output);
        Assert.DoesNotContain("ReviewModel.Cli", output);
        Assert.DoesNotContain("testhost", output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new[] { "check", "demo", "fix", "import", "lists", "render" }, Commands(output).Intersect(new[] { "demo", "check", "import", "render", "lists", "fix" }).Order(StringComparer.Ordinal));
        var exitCodes = output[output.IndexOf("退出码 (exit codes):", StringComparison.Ordinal)..];
        foreach (var code in new[] { "0", "1", "2", "130" })
        {
            Assert.Matches($@"(?m)^  {code} +\S", exitCodes);
        }
    }

    [Fact]
    public void The_built_executable_is_named_reviewmodel_and_prints_its_help()
    {
        // The build output of src/ReviewModel.Cli (copied beside the tests) has the apphost renamed: the
        // assembly stays ReviewModel.Cli.dll (an assembly "reviewmodel" would shadow ReviewModel.dll).
        var extension = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        var executable = System.IO.Path.Combine(AppContext.BaseDirectory, "reviewmodel" + extension);
        Assert.True(System.IO.File.Exists(executable), executable);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(AppContext.BaseDirectory, "ReviewModel.Cli.dll")));

        var start = new System.Diagnostics.ProcessStartInfo(executable, new[] { "--help" })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Run("--help").Output.ReplaceLineEndings(), output.ReplaceLineEndings());
    }

    [Fact]
    public void No_arguments_prints_the_root_help_and_exits_0()
    {
        var bare = Run();
        Assert.Equal(0, bare.Exit);
        Assert.Equal(string.Empty, bare.Error);
        Assert.Equal(Run("--help").Output, bare.Output);
    }

    [Fact]
    public void Every_help_line_of_every_command_fits_80_columns_with_Chinese_counted_as_two()
    {
        var root = Run("--help").Output;
        var commands = Commands(root);
        Assert.True(commands.Count >= 6, root);
        foreach (var help in new[] { root }.Concat(commands.Select(c => Help(c))))
        {
            foreach (var line in help.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                Assert.True(Columns(line) <= 80, $"{Columns(line)} columns: {line}");
            }
        }

        // The test is not trivially true: the help is mostly Chinese, and some lines come close to the limit.
        Assert.Contains(commands.SelectMany(c => Help(c).Split('\n')), l => Columns(l.TrimEnd('\r')) > 70);
    }

    [Fact]
    public void Subcommand_help_names_its_placeholders()
    {
        var render = Help("render");
        Assert.Contains("reviewmodel render <文件> [选项]", render);
        Assert.Contains("--out <路径>", render);
        Assert.Contains("--to <格式>", render);
        Assert.Contains("-h, --help", render); // the recursive help option is listed on subcommands too
        var check = Help("check");
        Assert.Contains("reviewmodel check <文件>... [选项]", check);
        Assert.Contains("--format <格式>", check);
        Assert.Contains("--lang <语言>", check);
        Assert.Matches(@"\[默认\s+default:\s+text\]", check); // the default, however the line wraps
        Assert.Matches(@"(?m)^  --strict +\S", check); // a flag takes no placeholder
        Assert.Contains("--out <目录>", Help("demo"));
    }

    [Fact]
    public void Help_of_a_command_missing_its_argument_is_still_help()
    {
        // `check --help` has no files: the help is what was asked for, not a parse error.
        var (exit, output, error) = Run("check", "--help");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("reviewmodel check", output);
    }

    [Theory]
    [InlineData("导入并检查对照检查材料，按编译器格式输出问题 (check review materials; findings in compiler format)", 30)]
    [InlineData("输出文件；md/txt 省略时写到标准输出，docx 省略时为同名 .docx (output file; md/txt default to standard output)", 24)]
    [InlineData("averyveryverylonglatinwordthatcannotbreak and more", 10)]
    public void Wrapping_keeps_every_character_and_every_line_within_the_width(string text, int width)
    {
        var lines = DisplayText.Wrap(text, width);
        Assert.All(lines, l => Assert.True(DisplayText.Width(l) <= width, l));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.StartsWith('，') || l.StartsWith('）') || l.StartsWith('；'));
    }

    [Fact]
    public void Chinese_and_full_width_characters_are_two_columns()
    {
        Assert.Equal(4, DisplayText.Width("材料"));
        Assert.Equal(2, DisplayText.Width("，"));
        Assert.Equal(2, DisplayText.Width("４"));
        Assert.Equal(5, DisplayText.Width("check"));
    }

    private static string Help(string command)
    {
        var (exit, output, error) = Run(command, "--help");
        Assert.True(exit == 0, error);
        return output;
    }

    /// <summary>The names in the root help's command section.</summary>
    private static List<string> Commands(string rootHelp)
    {
        var lines = rootHelp.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf("命令 (commands):");
        Assert.True(start >= 0, rootHelp);
        return lines.Skip(start + 1).TakeWhile(l => l.Length > 0).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ')
            .Select(l => l.Trim().Split(' ')[0]).ToList();
    }

    /// <summary>Terminal columns, counted independently of the code under test: CJK, Hangul and full-width forms are two.</summary>
    private static int Columns(string line) => line.Sum(c =>
        (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1);
}
