using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Commands;
using ReviewModel.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

/// <summary>
/// The importer's diagnostics (RMI001–RMI007) and RM0100 are catalogue rules: texts from the resources in both
/// languages, severities configured through the same options and settings as every rule.
/// </summary>
public sealed class ImportDiagnosticCatalogueTests : IDisposable
{
    private const string NoStructure = "这是一段没有任何结构的文字。\n\n又一段。\n";
    private static readonly CultureInfo English = new("en");
    private readonly string _directory = Directory.CreateTempSubdirectory("rm-rmi-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_import_diagnostic_is_a_catalogue_rule_with_its_texts_and_default_severity()
    {
        var result = ReviewImporter.Import(NoStructure, ImportOptions.Default, CancellationToken.None);
        var codes = result.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("RMI002", codes);
        Assert.Contains("RMI005", codes);
        foreach (var diagnostic in result.Diagnostics)
        {
            var rule = Assert.IsType<RuleDescriptor>(diagnostic.Rule);
            Assert.Equal("Import", rule.Category);
            Assert.Equal(rule.DefaultSeverity, diagnostic.Severity);
            Assert.Equal(rule.FormatMessage(null, diagnostic.Arguments.ToArray()), diagnostic.Message);
        }

        Assert.Equal("未找到章节结构（一、二、……），全文作为开头段落保留", result.Diagnostics.Single(d => d.Code == "RMI005").Message);
    }

    [Fact]
    public void Options_set_the_severity_and_the_language_of_an_import_diagnostic()
    {
        var diagnostic = ReviewImporter.Import(NoStructure, ImportOptions.Default, CancellationToken.None).Diagnostics.Single(d => d.Code == "RMI005");

        var english = diagnostic.Configured(ValidationOptions.Default.WithCulture(English).WithSeverity("RMI005", RuleSeverity.Error))!;
        Assert.Equal(RuleSeverity.Error, english.Severity);
        Assert.Equal("No section structure found; the text is kept as opening paragraphs", english.Message);
        Assert.Null(diagnostic.Configured(ValidationOptions.Default.WithSeverity("rmi005", RuleSeverity.None)));
        Assert.Equal(RuleSeverity.Warning, diagnostic.Configured(ValidationOptions.Default)!.Severity);
    }

    [Fact]
    public void Arguments_are_formatted_in_both_languages()
    {
        var text = "某网站\n浏览量：123\n2024年度民主生活会对照检查材料\n\n一、存在的问题\n\n（一）在政治方面。一是学习不深。\n";
        var chrome = ReviewImporter.Import(text, ImportOptions.Default, CancellationToken.None).Diagnostics.Single(d => d.Code == "RMI001");
        Assert.Equal(new object?[] { 2 }, chrome.Arguments);
        Assert.Equal("已跳过 2 行页面杂项（网站名称、浏览量、页码等）", chrome.Message);
        Assert.Equal("Skipped 2 lines of page chrome (site names, view counts, page numbers)", chrome.Configured(ValidationOptions.Default.WithCulture(English))!.Message);
    }

    [Fact]
    public void The_command_line_applies_settings_to_import_diagnostics()
    {
        var file = Path.Combine(_directory, "flat.txt");
        File.WriteAllText(file, NoStructure);
        var settings = Path.Combine(_directory, "settings.ini");
        File.WriteAllText(settings, "RMI005 = error\ndotnet_diagnostic.RMI002.severity = none\n");

        var (exit, output) = Run(new CheckRequest(new[] { file }, settingsFile: settings, culture: English));

        Assert.Equal(1, exit); // an import diagnostic raised to error fails the check
        Assert.Contains("error RMI005: No section structure found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("RMI002", output, StringComparison.Ordinal);
        var (defaultExit, defaultOutput) = Run(new CheckRequest(new[] { file }));
        Assert.Contains("warning RMI005: 未找到章节结构", defaultOutput, StringComparison.Ordinal);
        Assert.Contains("RMI002", defaultOutput, StringComparison.Ordinal);
        Assert.NotEqual(2, defaultExit);
    }

    [Fact]
    public void Sarif_names_catalogue_rules_for_notifications_and_RM0100_for_an_unreadable_file()
    {
        var flat = Path.Combine(_directory, "flat.txt");
        File.WriteAllText(flat, NoStructure);
        var empty = Path.Combine(_directory, "empty.txt");
        File.WriteAllText(empty, string.Empty);

        var (exit, output) = Run(new CheckRequest(new[] { flat, empty }, format: "sarif"));

        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.DoesNotContain(notifications, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "RMI000");
        var unreadable = Assert.Single(notifications, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "RM0100");
        Assert.Equal("error", unreadable.GetProperty("level").GetString());
        foreach (var notification in notifications)
        {
            var associated = notification.GetProperty("associatedRule");
            Assert.Equal(notification.GetProperty("descriptor").GetProperty("id").GetString(), rules[associated.GetProperty("index").GetInt32()]);
        }

        Assert.Contains(notifications, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "RMI005");
    }

    [Theory]
    [InlineData("RMI003")]
    [InlineData("RM0100")]
    public void Import_and_file_diagnostics_cannot_be_waived(string id)
    {
        var error = Assert.Throws<ReviewModel.Building.ReviewBuildException>(() => ReviewModel.Model.ReviewDocument.CreateBuilder().Waive(id, "M1", "理由"));
        Assert.Equal("waivers[0]", Assert.Single(error.Errors).Path);
        Assert.Contains(id + " 不是针对文档元素的规则", error.Message, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Run(CheckRequest request)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Execute(request, output, new StringWriter(), interactive: false);
        return (exit, output.ToString());
    }
}
