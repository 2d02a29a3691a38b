using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0014MeasureNotCheckableTests
{
    [Fact]
    public void Fires_for_a_vague_promise()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "今后一定改正。", "我们将认真整改，切实改进作风，努力做得更好。", x => x.Addresses("P1.1").Owner("书记")
            .Item("加强学习。", "持续深化理论武装。"));

        var finding = Check.Single(Check.Validate(document), "RM0014");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("measures[4]", finding.Location.Path);
        Assert.Equal("M5", finding.Location.ElementId);
        Assert.Contains("M5", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0014");

    [Theory]
    [InlineData("每月开展一次集中学习。")]
    [InlineData("全年开展两次调研。")]
    [InlineData("年底前完成整改。")]
    [InlineData("完成率达到95%。")]
    [InlineData("组织xx名干部参加培训。")]
    public void Silent_when_the_measure_states_something_checkable(string body)
    {
        var document = TestDocuments.Team.AddMeasure("M5", "加强学习。", body, x => x.Addresses("P1.1").Owner("书记"));
        Check.Silent(Check.Validate(document), "RM0014");
    }

    [Fact]
    public void Silent_when_a_standard_or_a_long_term_deadline_is_given()
    {
        var document = TestDocuments.Team
            .AddMeasure("M5", "加强学习。", "持续深化理论武装。", x => x.Addresses("P1.1").Owner("书记").Standard("学习记录完整，心得体会有质量"))
            .AddMeasure("M6", "改进作风。", "切实改进作风。", x => x.Addresses("P1.1").Owner("书记").LongTerm());
        Check.Silent(Check.Validate(document), "RM0014");
    }
}
