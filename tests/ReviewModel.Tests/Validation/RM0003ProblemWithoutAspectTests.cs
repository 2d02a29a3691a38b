using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0003ProblemWithoutAspectTests
{
    [Fact]
    public void Fires_for_a_problem_in_an_ungrouped_block()
    {
        var document = TestDocuments.Team.AddProblems(p => p.Ungrouped(a => a
            .Problem("P5.1", "调查研究不够深入。", "深入基层调研的次数不多。")));

        var finding = Check.Single(Check.Validate(document), "RM0003");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("problems.aspects[4].problems[0]", finding.Location.Path);
        Assert.Equal("P5.1", finding.Location.ElementId);
        Assert.Contains("P5.1", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0003");

    [Fact]
    public void Silent_for_a_local_aspect_with_its_own_heading()
    {
        var document = TestDocuments.Team.AddProblems(p => p.CustomAspect("在专项整治方面。", a => a
            .Problem("P5.1", "专项整治推进不力。", "整改台账更新不及时。")));

        Check.Silent(Check.Validate(document), "RM0003");
    }
}
