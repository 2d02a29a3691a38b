using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0004ProblemWithoutMeasureTests
{
    [Fact]
    public void Fires_for_a_problem_no_measure_addresses()
    {
        var document = TestDocuments.Team with
        {
            Measures = m => m
                .Measure("M1", "强化理论武装。", "每月学习一次。", x => x.Addresses("P1.1", "P1.2").Owner("书记").Deadline(TestDocuments.Due))
                .Measure("M2", "锤炼党性。", "每季度谈心一次。", x => x.Addresses("P2.1", "P3.1").Owner("副书记").Deadline(TestDocuments.Due)),
        };

        var finding = Check.Single(Check.Validate(document), "RM0004");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("problems.aspects[3].problems[0]", finding.Location.Path);
        Assert.Equal("P4.1", finding.Location.ElementId);
        Assert.Contains("P4.1", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0004");
}
