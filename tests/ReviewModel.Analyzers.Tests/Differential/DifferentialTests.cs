extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewModel.Validation;
using Xunit;
using Xunit.Abstractions;
using DocumentReplay = analyzers::ReviewModel.Analyzers.Replay.DocumentReplay;

namespace ReviewModel.Analyzers.Tests.Differential;

/// <summary>
/// The analyzer against the validator, on random documents written as C# (<see cref="DocumentSourceGen"/>):
/// every compile-time diagnostic must be a validator finding on the same document built at run time — same
/// rule, same message (which names the element by its ID, or the placeholder or phrase found), and for a
/// text finding the exact characters the message names — and, for documents written with knowable code
/// only, every validator finding must be reported (100%). For partly known documents the share reported
/// is measured and printed.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly System.Globalization.CultureInfo Chinese = new("zh-CN");
    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Fully_constant_documents_report_exactly_what_the_validator_reports()
    {
        var (findings, reported, withHelpers) = await CompareAsync(seeds: 400, partlyKnown: false, requireAll: true);
        _output.WriteLine($"fully constant: {reported} of {findings} validator findings reported at compile time ({Share(reported, findings)}); {withHelpers} documents used helpers or extension methods");
        Assert.Equal(findings, reported);
        Assert.True(findings > 2000, $"only {findings} findings in 400 documents: the generator should break rules");
        Assert.True(withHelpers > 100, "the generator should compose with helpers and extension methods");
    }

    [Fact]
    public async Task Partly_known_documents_report_only_validator_findings()
    {
        var (findings, reported, _) = await CompareAsync(seeds: 200, partlyKnown: true, requireAll: false);
        _output.WriteLine($"partly known: {reported} of {findings} validator findings reported at compile time ({Share(reported, findings)})");
        Assert.True(reported > 0 && reported < findings, $"{reported} of {findings}");
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";

    private async Task<(int Findings, int Reported, int WithHelpers)> CompareAsync(int seeds, bool partlyKnown, bool requireAll)
    {
        var faultsBefore = DocumentReplay.Faults;
        int findingsTotal = 0, reportedTotal = 0, withHelpers = 0;
        await Parallel.ForEachAsync(Enumerable.Range(partlyKnown ? 10_000 : 0, seeds), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (seed, cancellationToken) =>
        {
            var (analyzed, runtime) = DocumentSourceGen.Generate(seed, partlyKnown);
            var compilation = AnalyzerRun.Compile(analyzed);
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation, cancellationToken);
            var compilerErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("RM", StringComparison.Ordinal)).ToList();
            Assert.True(compilerErrors.Count == 0, string.Join("\n", compilerErrors) + "\n" + analyzed);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            global::ReviewModel.Model.ReviewDocument document;
            try
            {
                document = AnalyzerRun.BuildDocument(AnalyzerRun.Compile(runtime));
            }
            catch (TargetInvocationException e) when (e.InnerException is ReviewModel.Building.ReviewBuildException or ArgumentException)
            {
                // The builder refuses the document (e.g. an aspect number the catalogue lacks): then the
                // analyzer must not claim findings the validator never gives.
                Assert.True(!diagnostics.Any(d => d.Id.StartsWith("RM", StringComparison.Ordinal)) || partlyKnown,
                    "a document the program cannot build got findings:\n" + analyzed);
                return;
            }

            var expected = ReviewValidator.ValidateDocument(document).Findings
                .Where(f => !f.IsWaived)
                .Select(f => $"{f.RuleId}: {f.Message}")
                .ToList();
            var actual = diagnostics.Where(d => d.Id.StartsWith("RM", StringComparison.Ordinal)).ToList();
            foreach (var diagnostic in actual)
            {
                var key = $"{diagnostic.Id}: {diagnostic.GetMessage(Chinese)}";
                Assert.True(expected.Remove(key), $"compile time only: {key} at {diagnostic.Location.GetLineSpan()}\n--- source ---\n{analyzed}");
                if (diagnostic.Id is "RM0007" or "RM0016" && diagnostic.Arguments() is [string text, ..])
                {
                    // Inside a string literal the diagnostic is on exactly the text it names; on anything else
                    // (a constant's name, a concatenation, an interpolation) it covers the whole expression.
                    var tree = diagnostic.Location.SourceTree!;
                    var span = diagnostic.Location.SourceSpan;
                    var node = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true);
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal && literal.Token.Text.StartsWith('"'))
                    {
                        Assert.Equal(text, tree.GetText().ToString(span));
                    }
                }
            }

            if (requireAll)
            {
                Assert.True(expected.Count == 0, $"run time only:\n  {string.Join("\n  ", expected)}\n--- source ---\n{analyzed}");
            }

            Interlocked.Add(ref findingsTotal, actual.Count + expected.Count);
            Interlocked.Add(ref reportedTotal, actual.Count);
            if (analyzed.Contains("this AspectGroupBuilder", StringComparison.Ordinal) || analyzed.Contains("this MeasureBuilder", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref withHelpers);
            }
        });

        Assert.Equal(faultsBefore, DocumentReplay.Faults);
        return (findingsTotal, reportedTotal, withHelpers);
    }
}

internal static class DiagnosticArguments
{
    /// <summary>The message arguments of a diagnostic (Roslyn keeps them internal; read them by reflection).</summary>
    public static object?[] Arguments(this Diagnostic diagnostic) =>
        diagnostic.GetType().GetProperty("Arguments", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(diagnostic) is IReadOnlyList<object?> list
            ? list.ToArray()
            : Array.Empty<object?>();
}
