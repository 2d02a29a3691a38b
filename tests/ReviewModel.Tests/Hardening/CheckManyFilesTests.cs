using System.IO;
using System.Linq;
using ReviewModel.Cli.Checking;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, item 2 and "check DIR": each file succeeds or fails on its own; folders are checked recursively.</summary>
public sealed class CheckManyFilesTests : CliRunner
{
    private static string Clean => Fixture.PathOf("Import/team-2024.txt");

    private static string WithErrors => Fixture.PathOf("Import/owner-deadline.txt");

    private static string[] Lines(string text) => text.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void A_file_that_used_to_crash_the_importer_does_not_stop_the_other_files()
    {
        var crashing = Write("crash.txt", Fixture.Text("Import/team-2024.txt").Replace("班子2024年度", "班子202４年度"));
        var missing = PathIn("missing.txt");

        var (exit, output, error) = Run("check", Clean, crashing, missing, WithErrors);

        Assert.Equal(2, exit); // the worst: a file could not be read
        Assert.DoesNotContain("   at ", error);
        var errors = Lines(error);
        Assert.Single(errors);
        Assert.Contains(missing, errors[0]);
        Assert.Contains(Clean + "(", output);
        Assert.Contains(crashing + "(", output);
        Assert.Contains($"{WithErrors}: error RM0001", output);
        Assert.Contains("检查了 4 个文件", output);
        Assert.Contains("1 个文件无法读取", output);
    }

    [Fact]
    public void The_exit_code_is_the_worst_of_the_files()
    {
        Assert.Equal(0, Run("check", Clean).Exit);
        Assert.Equal(1, Run("check", Clean, WithErrors).Exit);
        Assert.Equal(2, Run("check", WithErrors, PathIn("none.md"), Clean).Exit);
    }

    [Fact]
    public void A_directory_is_checked_recursively_in_order()
    {
        System.IO.Directory.CreateDirectory(PathIn("县委/2024"));
        System.IO.Directory.CreateDirectory(PathIn(".git"));
        File.Copy(Clean, PathIn("a.txt"));
        File.Copy(WithErrors, PathIn("县委/2024/b.md"));
        File.Copy(Clean, PathIn(".git/hidden.txt"));
        Write("notes.json", "{}");
        Write("县委/readme.pdf", "%PDF");

        var (exit, output, error) = Run("check", Directory);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("检查了 2 个文件", output);
        var a = output.IndexOf(Path.Combine(Directory, "a.txt") + "(", System.StringComparison.Ordinal);
        var b = output.IndexOf(Path.Combine(Directory, "县委", "2024", "b.md") + ": error RM0001", System.StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, output);
        Assert.DoesNotContain("hidden.txt", output);
        Assert.DoesNotContain("notes.json", output);
    }

    [Fact]
    public void Include_chooses_the_files_in_a_directory()
    {
        System.IO.Directory.CreateDirectory(PathIn("2023"));
        System.IO.Directory.CreateDirectory(PathIn("2024"));
        File.Copy(Clean, PathIn("2023/a.txt"));
        File.Copy(Clean, PathIn("2024/a.txt"));
        File.Copy(WithErrors, PathIn("2024/b.md"));

        var (exit, output, _) = Run("check", Directory, "--include", "2024/**/*.txt");

        Assert.Equal(0, exit);
        Assert.Contains("检查了 1 个文件", output);
        Assert.Contains(Path.Combine(Directory, "2024", "a.txt"), output);

        var (both, bothOutput, _) = Run("check", Directory, "--include", "*.md", "--include", "2023/*");
        Assert.Equal(1, both);
        Assert.Contains("检查了 2 个文件", bothOutput);
    }

    [Fact]
    public void A_directory_without_materials_is_one_error_and_the_others_are_still_checked()
    {
        var empty = System.IO.Directory.CreateDirectory(PathIn("empty")).FullName;

        var (exit, output, error) = Run("check", empty, Clean);

        Assert.Equal(2, exit);
        Assert.Single(Lines(error));
        Assert.Contains(empty, error);
        Assert.Contains(Clean + "(", output);
    }

    [Fact]
    public void A_symbolic_link_loop_is_not_followed()
    {
        System.IO.Directory.CreateDirectory(PathIn("d"));
        File.Copy(Clean, PathIn("d/a.txt"));
        System.IO.Directory.CreateSymbolicLink(PathIn("d/loop"), PathIn("d"));

        var (exit, output, _) = Run("check", PathIn("d"));

        Assert.Equal(0, exit);
        Assert.Contains("检查了 1 个文件", output);
    }

    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "x/y/a.MD", true)]
    [InlineData("*.md", "a.mdx", false)]
    [InlineData("a?.txt", "ab.txt", true)]
    [InlineData("2024/*.txt", "2024/a.txt", true)]
    [InlineData("2024/*.txt", "2024/x/a.txt", false)]
    [InlineData("2024/**/*.txt", "2024/a.txt", true)]
    [InlineData("2024/**/*.txt", "2024/x/y/a.txt", true)]
    [InlineData("**/*.txt", "a.txt", true)]
    [InlineData("**", "x/y", true)]
    [InlineData("2024/*", "2023/a", false)]
    public void Glob_patterns_match_as_documented(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, new FileGlob(pattern).IsMatch(path));
    }

    [Fact]
    public void A_long_glob_is_matched_without_backtracking()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 200)) + "b";
        var path = new string('a', 5000);
        Assert.False(new FileGlob(pattern).IsMatch(path));
    }
}
