using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0016ThirdPersonTests
{
    [Fact]
    public void Fires_at_each_third_person_phrase_of_an_individual_material()
    {
        const string body = "我和有的同志一样，对有的班子成员提出的意见回应不及时。";
        var document = TestDocuments.Individual.AddProblems(p => p.Aspect(1, a => a.Problem("P1.2", "听取意见不够。", body)))
            .AddMeasure("M3", "认真听取意见。", "每季度征求一次意见。", x => x.Addresses("P1.2").Owner("张明").Deadline(TestDocuments.Due))
            .AddCause("C3", "群众观念淡薄。", "我对意见建议重视不够。", x => x.Explains("P1.2"));

        var findings = Check.Validate(document).Of("RM0016").ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Equal("problems.aspects[4].problems[0].body", f.Location.Path));
        Assert.All(findings, f => Assert.Equal("P1.2", f.Location.ElementId));
        Check.Span(findings[0], body, "有的同志");
        Check.Span(findings[1], body, "有的班子成员"); // the longest phrase, once — not also 班子成员
        Assert.Equal("个人对照检查材料使用了第三人称“有的同志”", findings[0].Message);
    }

    [Fact]
    public void Silent_on_the_clean_individual_document() => Check.Silent(Check.Validate(TestDocuments.Individual), "RM0016");

    [Fact]
    public void Silent_on_a_team_material_that_speaks_of_its_members()
    {
        var document = TestDocuments.Team.Build();
        Assert.Contains(document.AllProblems, p => p.Body.Contains("班子成员"));
        Check.Silent(Check.Validate(document), "RM0016");
    }

    [Fact]
    public void Silent_on_names_an_individual_post_or_owner_that_mentions_the_team()
    {
        var document = (TestDocuments.Individual with
        {
            Header = h => h.Title("个人对照检查材料").Individual("市发展改革委", "张明", "党组班子成员").MeetingDate(TestDocuments.MeetingDay).Aspects(Aspects.AspectCatalogues.Annual2024),
        }).AddMeasure("M3", "加强沟通。", "每季度一次。", x => x.Addresses("P1.1").Owner("张明").OwningUnit("班子成员所在支部").Deadline(TestDocuments.Due));

        Check.Silent(Check.Validate(document), "RM0016");
    }

    [Theory]
    [InlineData("我广泛征求了班子成员、分管部门和基层党员群众的意见建议。")]
    [InlineData("我与班子成员谈心谈话不够深入。")]
    [InlineData("我听取分管领域班子成员的意见不够及时。")]
    [InlineData("我带领班子成员调研的次数偏少。")]
    public void Silent_where_the_members_are_whom_I_deal_with(string body)
    {
        var document = TestDocuments.Individual.AddProblems(p => p.Aspect(1, a => a.Problem("P1.2", "听取意见不够。", body)))
            .AddMeasure("M3", "认真听取意见。", "每季度征求一次意见。", x => x.Addresses("P1.2").Owner("张明").Deadline(TestDocuments.Due))
            .AddCause("C3", "群众观念淡薄。", "我对意见建议重视不够。", x => x.Explains("P1.2"));
        Check.Silent(Check.Validate(document), "RM0016");
    }

    [Theory]
    [InlineData("班子成员学习不深，满足于读过了。", "班子成员")]
    [InlineData("我和有的同志一样，调研不多。", "有的同志")]
    [InlineData("在征求意见时，班子成员准备不充分。", "班子成员")]
    public void Fires_where_the_members_are_the_subject(string body, string phrase)
    {
        var document = TestDocuments.Individual.AddProblems(p => p.Aspect(1, a => a.Problem("P1.2", "听取意见不够。", body)))
            .AddMeasure("M3", "认真听取意见。", "每季度征求一次意见。", x => x.Addresses("P1.2").Owner("张明").Deadline(TestDocuments.Due))
            .AddCause("C3", "群众观念淡薄。", "我对意见建议重视不够。", x => x.Explains("P1.2"));
        var finding = Assert.Single(Check.Validate(document).Of("RM0016"));
        Check.Span(finding, body, phrase);
    }
}
