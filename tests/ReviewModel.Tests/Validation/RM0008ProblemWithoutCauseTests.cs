using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0008ProblemWithoutCauseTests
{
    [Fact]
    public void Fires_for_a_problem_no_cause_explains()
    {
        var document = TestDocuments.Team with
        {
            Causes = c => c
                .Cause("C1", "理论学习不够深入。", "学用结合不紧。", x => x.Explains("P1.1", "P1.2"))
                .Cause("C2", "党性修养有所放松。", "对自身要求有所降低。", x => x.Explains("P2.1", "P3.1"))
                .Cause("C3", "从严治党意识不强。", "重业务、轻党建。", x => x.Explains("P3.1")),
        };

        var finding = Check.Single(Check.Validate(document), "RM0008");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("problems.aspects[3].problems[0]", finding.Location.Path);
        Assert.Equal("P4.1", finding.Location.ElementId);
        Assert.Contains("P4.1", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0008");

    [Fact]
    public void Silent_when_the_material_analyses_no_causes()
    {
        // Some individual organisational-life materials have no cause section: RM0001 says so, RM0008 does not.
        var document = TestDocuments.Individual with
        {
            Causes = null,
            Measures = m => m
                .Measure("M1", "加强理论学习。", "每月精读一本理论著作。", x => x.Addresses("P1.1", "P2.1").Owner("张明").Deadline(TestDocuments.Due))
                .Measure("M2", "主动担当作为。", "每季度督促检查一次。", x => x.Addresses("P3.1", "P4.1").Owner("张明").Deadline(TestDocuments.Due)),
        };

        var result = Check.Validate(document);
        Check.Silent(result, "RM0008");
        Assert.Single(result.Of("RM0001"));
    }
}
