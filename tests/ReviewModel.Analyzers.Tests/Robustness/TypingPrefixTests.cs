extern alias analyzers;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Differential;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;
using DocumentReplay = analyzers::ReviewModel.Analyzers.Replay.DocumentReplay;

namespace ReviewModel.Analyzers.Tests.Robustness;

/// <summary>
/// What an editor does while a document is typed: every 10 characters of 10 documents, cut off as typed
/// (unclosed strings, lambdas and calls), run straight through <c>CompilationWithAnalyzers</c> (a build
/// would skip the analyzers on code with syntax errors). No analyzer exception (AD0001), and no replay
/// that failed and said nothing.
/// </summary>
public sealed class TypingPrefixTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>
        {
            "samples/ReviewModel.Samples/PartyHistory2021Sample.cs",
            "tests/ReviewModel.Analyzers.Tests/Comparison/Documents/TeamAnnual2024WithMistakes.cs",
            "tests/ReviewModel.Analyzers.Tests/Comparison/Documents/LenientWithBrokenLinks.cs",
            "tests/ConsumerSmoke/Scenarios/Clean/Documents.cs",
            "tests/ConsumerSmoke/Scenarios/Mistakes/Documents.cs",
        };
        for (var seed = 1; seed <= 5; seed++)
        {
            data.Add("generated:" + seed); // helpers, extension methods, collection expressions, const IDs
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_tenth_character_typed_gives_no_analyzer_exception(string document)
    {
        var source = document.StartsWith("generated:", System.StringComparison.Ordinal)
            ? DocumentSourceGen.Generate(int.Parse(document.Substring("generated:".Length), System.Globalization.CultureInfo.InvariantCulture), partlyKnown: document.EndsWith('5')).Analyzed
            : await File.ReadAllTextAsync(RepositoryFiles.PathOf(document));
        var faults = DocumentReplay.Faults;
        var lengths = Enumerable.Range(1, source.Length / 10).Select(n => n * 10).Append(source.Length).ToList();
        var failures = new List<string>();
        await Parallel.ForEachAsync(lengths, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (length, cancellationToken) =>
        {
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source.Substring(0, length)), cancellationToken);
            foreach (var failure in diagnostics.Where(d => d.Id == "AD0001"))
            {
                lock (failures)
                {
                    failures.Add($"at {length}: {failure.GetMessage()}");
                }
            }
        });

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.Equal(faults, DocumentReplay.Faults);
        Assert.True(lengths.Count >= 50, $"only {lengths.Count} prefixes");
    }
}
