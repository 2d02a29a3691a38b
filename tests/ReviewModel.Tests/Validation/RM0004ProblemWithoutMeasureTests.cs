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
    public void Links_count_by_id_so_a_repeated_problem_id_is_not_reported_twice()
    {
        // The repeat is RM0010's business; a link to "P1.1" cannot tell the two apart.
        var document = TestDocuments.Team.AddProblems(p => p.Aspect(1, a => a.Problem("P1.1", "重复。", "重复的问题。"))).BuildLenient();

        var result = Check.Validate(document);
        Check.Silent(result, "RM0004");
        Check.Silent(result, "RM0008");
        Assert.Equal("problems.aspects[4].problems[0]", Check.Single(result, "RM0010").Location.Path);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0004");
}
