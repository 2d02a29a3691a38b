using ReviewModel.Aspects;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0002AspectWithoutProblemTests
{
    private static readonly TestDocuments FourthAspectEmpty = TestDocuments.Team with
    {
        Problems = p => p
            .Aspect(1, a => a.Problem("P1.1", "政治站位还不够高。", "理解还停留在表面。").Problem("P1.2", "政治敏锐性还需增强。", "研判不够及时。"))
            .Aspect(2, a => a.Problem("P2.1", "党性锻炼有所放松。", "组织生活质量不高。"))
            .Aspect(3, a => a.Problem("P3.1", "担当作为还不够到位。", "攻坚克难勇气不足。").Problem("P4.1", "管党治党责任压得不实。", "督促检查不够经常。"))
            .Aspect(4, a => a.Intro("本方面经认真查摆，暂未发现突出问题。")),
    };

    [Fact]
    public void Fires_for_an_aspect_whose_group_has_no_problem()
    {
        var finding = Check.Single(Check.Validate(FourthAspectEmpty), "RM0002");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("problems", finding.Location.Path);
        Assert.Equal(AspectCatalogues.Annual2024.Aspects[3].Id, finding.Location.ElementId);
        Assert.Contains(AspectCatalogues.Annual2024.Aspects[3].Title, finding.Message);
    }

    [Fact]
    public void Fires_for_each_aspect_missing_from_the_problem_section()
    {
        var document = TestDocuments.Team with
        {
            Problems = p => p.Aspect(1, a => a.Problem("P1.1", "政治站位还不够高。", "理解还停留在表面。")),
            Causes = c => c.Cause("C1", "理论学习不够深入。", "学用结合不紧。", x => x.Explains("P1.1")),
            Measures = m => m.Measure("M1", "强化理论武装。", "每月学习一次。", x => x.Addresses("P1.1").Owner("书记").Deadline(TestDocuments.Due)),
        };

        var ids = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Check.Validate(document).Of("RM0002"), f => f.Location.ElementId));
        Assert.Equal(new[] { "2024-annual.2", "2024-annual.3", "2024-annual.4" }, ids);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0002");

    [Fact]
    public void Silent_without_a_catalogue()
    {
        var document = TestDocuments.Team with
        {
            Header = h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子").MeetingDate(TestDocuments.MeetingDay),
            Problems = p => p
                .CustomAspect("在理论学习方面。", a => a.Problem("P1.1", "学习不深。", "理解还停留在表面。").Problem("P1.2", "敏锐性不强。", "研判不够及时。"))
                .CustomAspect("在党性修养方面。", a => a.Problem("P2.1", "党性锻炼放松。", "组织生活质量不高。").Problem("P3.1", "担当不够。", "攻坚克难勇气不足。").Problem("P4.1", "责任不实。", "督促检查不够经常。")),
        };

        Check.Silent(Check.Validate(document), "RM0002");
    }
}
