using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Commands;
using ReviewModel.Tests.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private static readonly Regex CompilerLine = new(@"^(?<file>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<level>error|warning|info) (?<id>RM\d{4}|RMI\d{3}): .+$", RegexOptions.CultureInvariant);

    private readonly string _directory = Directory.CreateTempSubdirectory("rm-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A complete material (every required section) whose only findings are warnings and infos.</summary>
    private static string Clean => Fixture.PathOf("Import/team-2024.txt");

    /// <summary>A material without preparation, last year's section and causes: RM0001 errors.</summary>
    private static string WithErrors => Fixture.PathOf("Import/owner-deadline.txt");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(CheckRequest request, bool interactive = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CheckCommand.Execute(request, output, error, interactive);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_clean_file_exits_0_and_prints_findings_in_compiler_format_and_a_summary()
    {
        var (exit, output, error) = Run(new CheckRequest(new[] { Clean }));
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("检查了 1 个文件：0 个错误", lines[^1]);
        var findings = lines.Take(lines.Count - 1).Where(l => l.Contains(" RM0")).ToList();
        Assert.NotEmpty(findings);
        foreach (var line in findings.Where(l => l.Contains('(')))
        {
            var match = CompilerLine.Match(line);
            Assert.True(match.Success, line);
            Assert.Equal(Clean, match.Groups["file"].Value);
        }
    }

    [Fact]
    public void A_file_with_an_error_exits_1()
    {
        var (exit, output, _) = Run(new CheckRequest(new[] { WithErrors }));
        Assert.Equal(1, exit);
        Assert.Contains($"{WithErrors}: error RM0001: ", output);
        Assert.Contains("[causes]", output);
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        Assert.Equal(1, Run(new CheckRequest(new[] { Clean }, strict: true)).Exit);
    }

    [Fact]
    public void A_settings_file_sets_severities()
    {
        var settings = Write("rules.ini", "# severities\n[*]\nRM0001 = none   ; the sections are optional here\ndotnet_diagnostic.RM0007.severity = error\n");
        var (exit, output, _) = Run(new CheckRequest(new[] { WithErrors }, settingsFile: settings));
        Assert.Equal(0, exit); // RM0001 off; the file has no placeholder
        Assert.DoesNotContain("RM0001", output);

        var (sampleExit, sampleOutput, _) = Run(new CheckRequest(new[] { Fixture.PathOf("sample.md") }, settingsFile: settings));
        Assert.Equal(1, sampleExit); // placeholders are errors now
        Assert.Contains("error RM0007", sampleOutput);
    }

    [Theory]
    [InlineData("RM9999 = error\n", "RM9999")]
    [InlineData("RM0007 = fatal\n", "fatal")]
    [InlineData("RM0007 error\n", "RM0007 = error")]
    public void A_wrong_settings_line_is_a_one_line_error_with_its_line(string text, string mentioned)
    {
        var settings = Write("bad.ini", "# ok\n" + text);
        var (exit, output, error) = Run(new CheckRequest(new[] { Clean }, settingsFile: settings));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"{settings}(2): ", error);
        Assert.Contains(mentioned, error);
    }

    [Fact]
    public void Unreadable_unsupported_and_empty_files_are_one_line_errors_with_exit_2()
    {
        var missing = Path.Combine(_directory, "missing.txt");
        var pdf = Write("material.pdf", "%PDF-1.7");
        var empty = Write("empty.md", " \n\n ");
        var (exit, output, error) = Run(new CheckRequest(new[] { missing, pdf, empty, Clean }));
        Assert.Equal(2, exit);
        var errors = error.TrimEnd().Split('\n');
        Assert.Equal(3, errors.Length);
        Assert.Contains(missing, errors[0]);
        Assert.Contains(".pdf", errors[1]);
        Assert.Contains("empty.md", errors[2]);
        Assert.All(errors, e => Assert.StartsWith("reviewmodel: error: ", e));
        Assert.Contains("3 个文件无法读取", output); // the readable file is still checked and summarised
        Assert.Contains(Clean + "(", output);
    }

    [Fact]
    public void Json_output_lists_findings_with_positions_and_a_summary()
    {
        var (exit, output, _) = Run(new CheckRequest(new[] { Fixture.PathOf("sample.md"), WithErrors }, format: "json"));
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        var placeholder = files[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "RM0007");
        Assert.Equal(3, placeholder.GetProperty("line").GetInt32());
        Assert.Equal(40, placeholder.GetProperty("column").GetInt32());
        Assert.Equal("preamble[0]", placeholder.GetProperty("path").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Sarif_output_has_the_2_1_0_shape()
    {
        var sample = Fixture.PathOf("sample.md");
        var (exit, output, _) = Run(new CheckRequest(new[] { sample, WithErrors }, format: "sarif"));
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("reviewmodel", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalogue.All))
        {
            Assert.Equal(descriptor.Title(), rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.HelpUri, rule.GetProperty("helpUri").GetString());
            Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute));
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        var lines = File.ReadAllLines(sample);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), uri);
            if (ruleId == "RM0007")
            {
                // The region points at the placeholder in the file.
                Assert.Equal(new Uri(sample).AbsoluteUri, uri);
                var region = physical.GetProperty("region");
                var line = lines[region.GetProperty("startLine").GetInt32() - 1];
                var column = region.GetProperty("startColumn").GetInt32();
                Assert.StartsWith(result.GetProperty("message").GetProperty("text").GetString()!.Split('“', '”')[1], line.Substring(column - 1), StringComparison.Ordinal);
            }
        }

        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "RM0001" && r.GetProperty("level").GetString() == "error");
        Assert.DoesNotContain(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray(), n => n.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public void Sarif_reports_an_unreadable_file_as_a_failed_invocation()
    {
        var (exit, output, _) = Run(new CheckRequest(new[] { Path.Combine(_directory, "none.md") }, format: "sarif"));
        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(output);
        var invocation = json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("error", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void Progress_goes_to_stderr_only_for_several_files_on_a_terminal()
    {
        Assert.Equal(string.Empty, Run(new CheckRequest(new[] { Clean, WithErrors })).Error);
        Assert.Equal(string.Empty, Run(new CheckRequest(new[] { Clean }), interactive: true).Error);
        var (_, output, error) = Run(new CheckRequest(new[] { Clean, WithErrors }), interactive: true);
        Assert.Contains("[##########----------] 1/2 ", error); // a bar, then done/total
        Assert.Contains("[####################] 2/2 ", error);
        Assert.EndsWith("\r", error); // the progress line is cleared
        Assert.DoesNotContain("] 1/2", output);
    }

    [Fact]
    public void English_messages_on_request()
    {
        var (_, output, _) = Run(new CheckRequest(new[] { WithErrors }, culture: new System.Globalization.CultureInfo("en")));
        Assert.Contains("is missing or empty", output);
    }

    [Fact]
    public void The_check_command_is_registered_in_the_command_line()
    {
        Assert.Equal(1, ReviewModel.Cli.Program.Main(new[] { "check", WithErrors, "--format", "json" }));
        Assert.Equal(2, ReviewModel.Cli.Program.Main(new[] { "check", Path.Combine(_directory, "none.txt") }));
        Assert.Equal(0, ReviewModel.Cli.Program.Main(new[] { "check", Clean, "--format", "sarif" }));
    }
}
