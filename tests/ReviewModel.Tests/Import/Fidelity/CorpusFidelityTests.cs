using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ReviewModel.Tests.Import.Fidelity;

/// <summary>
/// The importer scored field by field against the annotations of the fidelity corpus (materials written for
/// these tests, covering the failure classes of issue 9 and the variations of the genre). Fails below 100%.
/// </summary>
public class CorpusFidelityTests
{
    private readonly ITestOutputHelper _output;

    public CorpusFidelityTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Corpus_covers_the_variations()
    {
        var all = CorpusMaterial.All();
        Assert.True(all.Count >= 40, $"{all.Count} materials");
        foreach (var format in new[] { "txt", "md", "docx" })
        {
            Assert.Contains(all, m => m.Format == format);
        }

        foreach (var kind in new[] { "班子", "个人" })
        {
            Assert.Contains(all, m => m.Annotation.GetProperty("kind").GetString() == kind);
        }

        foreach (var meeting in new[] { "民主生活会", "组织生活会" })
        {
            Assert.Contains(all, m => m.Annotation.GetProperty("meeting").GetString() == meeting);
        }

        for (var year = 2019; year <= 2025; year++)
        {
            Assert.Contains(all, m => m.Annotation.GetProperty("year").GetInt32() == year);
        }
    }

    [Fact]
    public void An_outline_is_reported_once_and_not_as_chrome()
    {
        var result = CorpusMaterial.Named("01-team-2024-outline").Import();
        var outline = Assert.Single(result.Diagnostics, d => d.Code == "RMI008");
        Assert.Equal(1, outline.Source?.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RMI001");
        Assert.Equal(8, result.Skipped.Count);
        Assert.Equal("目录", result.Skipped[0].Text);
    }

    [Fact]
    public void Importer_recovers_every_annotated_field()
    {
        var fields = CorpusMaterial.All().SelectMany(m => CorpusScorer.Score(m, m.Import())).ToList();
        var ok = fields.Count(f => f.Ok);
        foreach (var miss in fields.Where(f => !f.Ok))
        {
            _output.WriteLine(miss.ToString());
        }

        var materials = CorpusMaterial.All();
        var perfect = materials.Count(m => CorpusScorer.Score(m, m.Import()).All(f => f.Ok));
        _output.WriteLine($"score {ok}/{fields.Count} fields ({100.0 * ok / fields.Count:F1}%), {perfect}/{materials.Count} materials fully right");
        Assert.True(ok == fields.Count, $"score {ok}/{fields.Count} ({100.0 * ok / fields.Count:F1}%), {perfect}/{materials.Count} materials fully right; first misses:\n" + string.Join("\n", fields.Where(f => !f.Ok).Take(40)));
    }
}
