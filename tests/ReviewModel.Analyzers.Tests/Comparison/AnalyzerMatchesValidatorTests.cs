extern alias analyzers;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;
using RuleDiagnostics = analyzers::ReviewModel.Analyzers.RuleDiagnostics;

namespace ReviewModel.Analyzers.Tests.Comparison;

/// <summary>
/// For a document written in C#, the analyzer must report exactly what the runtime validator
/// reports for the rules the analyzer implements: same rule IDs, same messages (same format string,
/// same arguments), as many times. Each case is a C# file with a static class whose
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
    [InlineData("samples/ReviewModel.Samples/PartyHistory2021Sample.cs", 1)]
    public async Task Analyzer_reports_what_the_validator_reports(string files, int minimumRules)
    {
        // Several files (e.g. a sample and its helpers) are separated by ';'; one of them has Build().
        var sources = files.Split(';').Select(f => File.ReadAllText(RepositoryFiles.PathOf(f.Trim()))).ToArray();
        var compilation = AnalyzerRun.Compile(sources);
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RM", StringComparison.Ordinal)));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        var document = Run(compilation);
        var supported = RuleDiagnostics.All.Select(d => d.Id).ToHashSet();
        foreach (var culture in new[] { Chinese, English })
        {
            var findings = new ReviewValidator(ValidationOptions.Default.WithCulture(culture)).Validate(document).Findings
                .Where(f => supported.Contains(f.RuleId) && !f.IsWaived)
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

        // The case must exercise the comparison: the synthetic cases break several rules; the sample
        // (whose links are complete) has its placeholders, which are all the analyzer can know.
        Assert.True(diagnostics.Select(d => d.Id).Distinct().Count() >= minimumRules, "a comparison case should break rules");

        // Each placeholder is reported at the text it names.
        foreach (var placeholder in diagnostics.Where(d => d.Id == "RM0007"))
        {
            var span = placeholder.Location.SourceTree!.GetText().ToString(placeholder.Location.SourceSpan);
            Assert.Contains(span, placeholder.GetMessage(Chinese));
        }
    }

    [Fact]
    public async Task Analyzer_reports_what_the_validator_reports_for_random_constant_documents()
    {
        var compared = 0;
        var withFindings = 0;
        await ConstantDocumentGen.Source.SampleAsync(
            async source =>
            {
                var compilation = AnalyzerRun.Compile(source);
                var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);
                Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
                Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RM", StringComparison.Ordinal)));
                ReviewDocument document;
                try
                {
                    document = Run(compilation);
                }
                catch (TargetInvocationException e) when (e.InnerException is ReviewModel.Building.ReviewBuildException)
                {
                    return; // e.g. an aspect number without a catalogue: the library refuses the document
                }

                var supported = RuleDiagnostics.All.Select(d => d.Id).ToHashSet();
                var findings = ReviewValidator.ValidateDocument(document).Findings
                    .Where(f => supported.Contains(f.RuleId) && !f.IsWaived)
                    .Select(f => $"{f.RuleId}: {f.Message}")
                    .OrderBy(s => s, StringComparer.Ordinal)
                    .ToList();
                var reported = AnalyzerRun.RulesAndFailures(diagnostics)
                    .Select(d => $"{d.Id}: {d.GetMessage(Chinese)}")
                    .OrderBy(s => s, StringComparer.Ordinal)
                    .ToList();
                if (source.Contains("Waive(\"RM0007\"", StringComparison.Ordinal))
                {
                    // A waiver of RM0007 silences the call-by-call placeholder check in the whole method
                    // (documented limit): then the analyzer reports no RM0007 at all, and the rest must match.
                    Assert.DoesNotContain(reported, r => r.StartsWith("RM0007", StringComparison.Ordinal));
                    findings.RemoveAll(f => f.StartsWith("RM0007", StringComparison.Ordinal));
                }

                Assert.True(findings.SequenceEqual(reported), $"validator:\n  {string.Join("\n  ", findings)}\nanalyzer:\n  {string.Join("\n  ", reported)}\n--- source ---\n{source}");
                System.Threading.Interlocked.Increment(ref compared);
                if (findings.Count > 0)
                {
                    System.Threading.Interlocked.Increment(ref withFindings);
                }
            },
            iter: 150,
            threads: 1);
        Assert.True(compared > 75, $"only {compared} of 150 random documents could be built and compared");
        Assert.True(withFindings > 50, $"only {withFindings} compared documents had findings");
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
