using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0009UnresolvedLinkTests
{
    [Fact]
    public void Fires_for_a_missing_id_and_for_links_to_the_wrong_kind()
    {
        var document = TestDocuments.Team
            .AddMeasure("M5", "加强宣传。", "每年两次。", x => x.Addresses("P1.1", "P9", "C1").Remedies("P2.1").Owner("宣传部长").Deadline(TestDocuments.Due))
            .AddCause("C4", "作风不实。", "满足于听汇报。", x => x.Explains("P1.1", "M1"))
            .BuildLenient();

        var findings = Check.Validate(document).Of("RM0009").ToList();

        Assert.Equal(
            new[] { "causes[3].explains[1]", "measures[4].addresses[1]", "measures[4].addresses[2]", "measures[4].remedies[0]" },
            findings.Select(f => f.Location.Path).ToArray());
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Error, f.Severity));
        Assert.Equal(new[] { "C4", "M5", "M5", "M5" }, findings.Select(f => f.Location.ElementId).ToArray());
        Assert.Equal("addresses 引用的“P9”在本文档中不存在或类型不符", findings[1].Message);
        Assert.Equal(new object?[] { "P9", "addresses" }, findings[1].Arguments.ToArray());
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0009");
}
