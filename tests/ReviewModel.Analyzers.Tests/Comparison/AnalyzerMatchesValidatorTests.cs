extern alias analyzers;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;
using DocumentReplay = analyzers::ReviewModel.Analyzers.Replay.DocumentReplay;

namespace ReviewModel.Analyzers.Tests.Comparison;

/// <summary>
/// For a document written in C# with constants only, the analyzer must report exactly what the runtime
/// validator reports: every rule, same messages (same format string, same arguments), as many times. Each case is a C# file with a static class whose
/// <c>public static ReviewDocument Build()</c> builds the document; the test compiles it with Roslyn,
/// runs the analyzer on it, then runs <c>Build()</c> and the validator.
/// The foundation sample (<c>samples/ReviewModel.Samples/PartyHistory2021Sample.cs</c>) is one of the cases.
/// </summary>
public sealed class AnalyzerMatchesValidatorTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public AnalyzerMatchesValidatorTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData("tests/ReviewModel.Analyzers.Tests/Comparison/Documents/TeamAnnual2024WithMistakes.cs", 3)]
    [InlineData("tests/ReviewModel.Analyzers.Tests/Comparison/Documents/LenientWithBrokenLinks.cs", 3)]
    [InlineData("samples/ReviewModel.Samples/PartyHistory2021Sample.cs", 3)]
    public async Task Analyzer_reports_what_the_validator_reports(string files, int minimumRules)
    {
        // Several files (e.g. a sample and its helpers) are separated by ';'; one of them has Build().
        var sources = files.Split(';').Select(f => File.ReadAllText(RepositoryFiles.PathOf(f.Trim()))).ToArray();
        var compilation = AnalyzerRun.Compile(sources);
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RM", StringComparison.Ordinal)));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        var document = Run(compilation);
        Assert.Equal(0, DocumentReplay.Faults);
        foreach (var culture in new[] { Chinese, English })
        {
            var findings = new ReviewValidator(ValidationOptions.Default.WithCulture(culture)).Validate(document).Findings
                .Where(f => !f.IsWaived)
                .Select(f => $"{f.RuleId}: {f.Message}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            var reported = AnalyzerRun.RulesAndFailures(diagnostics)
                .Select(d => $"{d.Id}: {d.GetMessage(culture)}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            foreach (var line in reported)
            {
                _output.WriteLine(line);
            }

            Assert.Equal(findings, reported);
        }

        // The case must exercise the comparison: each breaks several rules.
        Assert.True(diagnostics.Select(d => d.Id).Distinct().Count() >= minimumRules, "a comparison case should break rules");

        // Each placeholder is reported at the text it names.
        foreach (var placeholder in diagnostics.Where(d => d.Id == "RM0007"))
        {
            var span = placeholder.Location.SourceTree!.GetText().ToString(placeholder.Location.SourceSpan);
            Assert.Contains(span, placeholder.GetMessage(Chinese));
        }
    }

    private static ReviewDocument Run(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        var context = new AssemblyLoadContext("comparison", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var type = assembly.GetTypes().Single(t => t.GetMethod("Build", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes) is not null);
            return (ReviewDocument)type.GetMethod("Build", Type.EmptyTypes)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
