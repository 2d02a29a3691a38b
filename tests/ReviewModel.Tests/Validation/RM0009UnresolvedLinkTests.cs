using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Model;
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
    public void Fires_for_an_aspect_id_missing_from_the_catalogue_of_a_document_built_from_parts()
    {
        var document = new ReviewDocument(
            new DocumentHeader("对照检查材料", ReviewSubject.Team("某市委", "市委常委班子"), catalogue: AspectCatalogues.Annual2024),
            null,
            ValueList.Of<Section>(new ProblemSection(null, ValueList.Of(
                new AspectGroup("2024-annual.1", null, ValueList.Of(new Problem("P1", "领。", "正文。"))),
                new AspectGroup("2023-annual.9", null, ValueList.Of(new Problem("P2", "领。", "正文。")))))));

        var finding = Check.Single(Check.Validate(document), "RM0009");

        Assert.Equal("problems.aspects[1].aspectId", finding.Location.Path);
        Assert.Equal(new object?[] { "2023-annual.9", "aspectId" }, finding.Arguments.ToArray());
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0009");
}
