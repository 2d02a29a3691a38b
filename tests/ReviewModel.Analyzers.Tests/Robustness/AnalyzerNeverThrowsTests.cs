using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Robustness;

/// <summary>The analyzers never throw (no AD0001), whatever half-written code they are given.</summary>
public sealed class AnalyzerNeverThrowsTests
{
    public static TheoryData<string> RealisticFiles => new()
    {
        "tests/ReviewModel.Analyzers.Tests/Comparison/Documents/TeamAnnual2024WithMistakes.cs",
        "tests/ReviewModel.Analyzers.Tests/Comparison/Documents/LenientWithBrokenLinks.cs",
        "tests/ConsumerSmoke/Scenarios/Clean/Documents.cs",
    };

    [Theory]
    [MemberData(nameof(RealisticFiles))]
    public async Task Every_line_by_line_prefix_of_a_realistic_file(string file)
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf(file));
        Assert.True(lines.Length > 20);
        for (var n = 0; n <= lines.Length; n++)
        {
            var prefix = string.Join("\n", lines.Take(n));
            await AssertNoAnalyzerFailure(prefix);
        }
    }

    [Fact]
    public Task Random_fluent_chains() =>
        FluentChainGen.Source.SampleAsync(AssertNoAnalyzerFailure, iter: 300, threads: 1);

    [Fact]
    public async Task The_generator_produces_code_the_analyzer_reports_on()
    {
        // Guards the fuzzing above: the random code must reach the rules, not only fail to compile.
        var reported = 0;
        await FluentChainGen.Source.SampleAsync(
            async source =>
            {
                var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
                if (diagnostics.Any(d => d.Id.StartsWith("RM", System.StringComparison.Ordinal)))
                {
                    System.Threading.Interlocked.Increment(ref reported);
                }
            },
            iter: 100,
            threads: 1);
        // Fewer than before the analyzer ran the validator: a waiver with a non-constant rule ID, which this
        // generator writes often, may waive anything, so such documents rightly get nothing.
        Assert.True(reported > 10, $"only {reported} of 100 random sources got a ReviewModel diagnostic");
    }

    private static async Task AssertNoAnalyzerFailure(string source)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => f.GetMessage())) + "\n--- source ---\n" + source);
    }
}
