using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0012MeasureWithoutDeadlineTests
{
    [Fact]
    public void Fires_for_a_measure_without_a_deadline()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "深化调研。", "每季度调研一次。", x => x.Addresses("P1.1").Owner("书记"));

        var finding = Check.Single(Check.Validate(document), "RM0012");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("measures[4]", finding.Location.Path);
        Assert.Equal("M5", finding.Location.ElementId);
        Assert.Equal("整改措施“M5”没有完成时限", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0012");

    [Fact]
    public void Silent_for_a_long_term_commitment()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "深化调研。", "每季度调研一次。", x => x.Addresses("P1.1").Owner("书记").LongTerm());
        Check.Silent(Check.Validate(document), "RM0012");
    }
}
