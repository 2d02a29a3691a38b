using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0006CauseWithoutProblemTests
{
    [Fact]
    public void Fires_for_a_cause_that_explains_nothing()
    {
        var document = TestDocuments.Team.AddCause("C4", "纪律意识淡化。", "对纪律规矩的敬畏之心有所减弱。");

        var finding = Check.Single(Check.Validate(document), "RM0006");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("causes[3]", finding.Location.Path);
        Assert.Equal("C4", finding.Location.ElementId);
        Assert.Contains("C4", finding.Message);
    }

    [Fact]
    public void Fires_when_the_cause_explains_only_a_measure()
    {
        var document = TestDocuments.Team.AddCause("C4", "纪律意识淡化。", "敬畏之心有所减弱。", x => x.Explains("M1"));

        var finding = Check.Single(Check.Validate(document.BuildLenient()), "RM0006");
        Assert.Equal("causes[3]", finding.Location.Path);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0006");
}
