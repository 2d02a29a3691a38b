using System;
using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import.Fidelity;

/// <summary>
/// The checks do not cry wolf: on the corpus's clean materials (written without defects), import then validate
/// (what <c>reviewmodel check</c> does) reports no warning and no error apart from the findings the annotation
/// expects (rule IDs, as many times as expected).
/// </summary>
public class CorpusPrecisionTests
{
    public static TheoryData<string> CleanMaterials()
    {
        var data = new TheoryData<string>();
        foreach (var material in CorpusMaterial.All().Where(m => m.Annotation.TryGetProperty("clean", out var clean) && clean.GetBoolean()))
        {
            data.Add(material.Name);
        }

        return data;
    }

    [Fact]
    public void At_least_half_the_corpus_is_clean() =>
        Assert.True(CorpusMaterial.All().Count(m => m.Annotation.TryGetProperty("clean", out var clean) && clean.GetBoolean()) * 2 >= CorpusMaterial.All().Count);

    [Theory]
    [MemberData(nameof(CleanMaterials))]
    public void Check_reports_only_the_expected_findings(string name)
    {
        var material = CorpusMaterial.Named(name);
        var result = new ReviewValidator().Validate(material.Import().Document);
        var actual = result.Active.Where(f => f.Severity >= RuleSeverity.Warning).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var expected = material.Annotation.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), $"expected [{string.Join(", ", expected)}]\nactual:\n{string.Join("\n", result.Active.Where(f => f.Severity >= RuleSeverity.Warning))}");
    }
}
