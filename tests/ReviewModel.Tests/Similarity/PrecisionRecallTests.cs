using System.Linq;
using ReviewModel.Similarity;
using Xunit;
using Xunit.Abstractions;

namespace ReviewModel.Tests.Similarity;

public class PrecisionRecallTests
{
    private readonly ITestOutputHelper _output;

    public PrecisionRecallTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Recurring_problems_are_found_with_precision_and_recall_of_at_least_95_percent()
    {
        var (current, previous, truth) = CorpusMaterials.Years();
        var found = RecurringProblems.Find(current, previous);
        var predicted = found.Select(r => (r.ProblemId, r.Previous)).ToList();
        var (precision, recall) = CorpusMaterials.Score(predicted, truth);
        foreach (var r in found.OrderBy(r => r.Previous).ThenBy(r => r.ProblemId))
        {
            _output.WriteLine($"{(truth.Contains((r.ProblemId, r.Previous)) ? "TP" : "FP")} {r.ProblemId} ~ {r.Previous} {r.PreviousProblemId} {r.Similarity:F2} {string.Join(" | ", r.SharedPhrases)}");
        }

        foreach (var missed in truth.Where(t => !predicted.Contains(t)))
        {
            _output.WriteLine($"FN {missed}");
        }

        _output.WriteLine($"recurring: {truth.Count} planted, {predicted.Count} reported, precision {precision:F3}, recall {recall:F3}");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.95, $"recall {recall:F3}");
    }

    [Fact]
    public void Copies_are_found_with_precision_and_recall_of_at_least_95_percent()
    {
        var (materials, truth) = CorpusMaterials.Team();
        var index = SimilarityIndex.Build(materials);
        var reports = index.CheckAll(materials);
        var predicted = reports.SelectMany(r => r.Matches.Select(m => CorpusMaterials.Pair(r.Source, m.Path, m.Source, m.SourcePath))).Distinct().ToList();
        var (precision, recall) = CorpusMaterials.Score(predicted, truth);
        foreach (var r in reports)
        {
            foreach (var m in r.Matches)
            {
                var pair = CorpusMaterials.Pair(r.Source, m.Path, m.Source, m.SourcePath);
                _output.WriteLine($"{(truth.Contains(pair) ? "TP" : "FP")} {pair} {m.Similarity:F2} {m.Span} {string.Join(" | ", m.SharedPhrases)}");
            }
        }

        foreach (var missed in truth.Where(t => !predicted.Contains(t)))
        {
            _output.WriteLine($"FN {missed}");
        }

        _output.WriteLine($"copies: {truth.Count} planted, {predicted.Count} reported, precision {precision:F3}, recall {recall:F3}");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.95, $"recall {recall:F3}");
    }
}
