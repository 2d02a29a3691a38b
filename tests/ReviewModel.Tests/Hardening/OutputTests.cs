using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ReviewModel.Cli;
using ReviewModel.Cli.Loading;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, items 7 and 8: output failures are one line and exit 2; no output overwrites an input; every file is written atomically.</summary>
public sealed class OutputTests : CliRunner
{
    private static string Material => Fixture.Text("Import/team-2024.txt");

    private static (int Exit, string Error) RunWithBrokenOutput(params string[] args)
    {
        var error = new StringWriter();
        var exit = Program.Run(args, new FailingWriter(), error);
        return (exit, error.ToString());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("render")]
    [InlineData("lists")]
    [InlineData("check")]
    public void A_full_standard_output_is_one_line_and_exit_2(string command)
    {
        var file = Write("材料.txt", Material);

        var (exit, error) = RunWithBrokenOutput(command, file);

        Assert.Equal(2, exit);
        var lines = error.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("reviewmodel: error: ", lines[0]);
        Assert.Contains("No space left on device", lines[0]);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void The_real_program_writing_to_dev_full_prints_one_line_and_exits_2()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var file = Write("材料.txt", Material);
        var cli = Path.Combine(AppContext.BaseDirectory, "reviewmodel"); // the executable, as a user runs it
        Assert.True(File.Exists(cli), $"no reviewmodel executable beside the tests in {AppContext.BaseDirectory}");
        var start = new ProcessStartInfo("/bin/sh", new[] { "-c", $"\"{cli}\" import \"{file}\" > /dev/full" })
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal(2, process.ExitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("reviewmodel: error: ", error);
    }

    [Theory]
    [InlineData("import", "--to", "json")]
    [InlineData("import", "--to", "md")]
    [InlineData("render", "--to", "docx")]
    [InlineData("render", "--to", "txt")]
    [InlineData("lists", "--to", "csv")]
    [InlineData("lists", "--to", "docx")]
    public void Out_naming_the_input_is_refused_and_the_material_kept(string command, string option, string form)
    {
        var file = Write("材料.txt", Material);

        var run = Run(command, file, option, form, "--out", file);

        AssertBadInput(run, file);
        Assert.Contains("输出文件就是输入文件", run.Error);
        Assert.Equal(Material, File.ReadAllText(file));
    }

    [Fact]
    public void Out_through_a_symbolic_link_or_a_relative_path_is_refused()
    {
        var file = Write("材料.txt", Material);
        var link = PathIn("link.txt");
        File.CreateSymbolicLink(link, file);
        var sub = System.IO.Directory.CreateDirectory(PathIn("sub")).FullName;

        AssertBadInput(Run("import", file, "--out", link), link);
        AssertBadInput(Run("import", link, "--out", file), file);
        AssertBadInput(Run("render", file, "--to", "docx", "--out", Path.Combine(sub, "..", "材料.txt")), "材料.txt");
        Assert.Equal(Material, File.ReadAllText(file));
    }

    [Fact]
    public void Out_as_a_hard_link_to_the_input_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var file = Write("材料.txt", Material);
        var hard = PathIn("hard.txt");
        using (var ln = Process.Start(new ProcessStartInfo("ln", new[] { file, hard }) { UseShellExecute = false })!)
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        Assert.True(FileIdentity.Same(file, hard));
        AssertBadInput(Run("import", file, "--out", hard), hard);
        Assert.Equal(Material, File.ReadAllText(file));
        Assert.False(FileIdentity.Same(file, Write("other.txt", Material)));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var target = Write("out.docx", "old content");

        Assert.Throws<CommandInputException>(() => CommandOutput.WriteFile(target, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half"));
            throw new IOException("disk full");
        }, TextWriter.Null));

        Assert.Equal("old content", File.ReadAllText(target));
        Assert.Equal(new[] { "out.docx" }, System.IO.Directory.GetFiles(Directory).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void An_interrupted_write_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var target = Write("out.md", "old content");

        Assert.Throws<OperationCanceledException>(() => CommandOutput.WriteFile(target, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half"));
            throw new OperationCanceledException();
        }, TextWriter.Null));

        Assert.Equal("old content", File.ReadAllText(target));
        Assert.Single(System.IO.Directory.GetFiles(Directory));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_whole()
    {
        var file = Write("材料.txt", Material);
        var output = Write("out.json", "old");

        Assert.Equal(0, Run("import", file, "--out", output).Exit);

        Assert.StartsWith("{", File.ReadAllText(output));
        Assert.Equal(2, System.IO.Directory.GetFiles(Directory).Length);
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
