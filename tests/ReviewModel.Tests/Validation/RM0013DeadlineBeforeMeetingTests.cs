using NodaTime;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0013DeadlineBeforeMeetingTests
{
    [Fact]
    public void Fires_for_a_deadline_before_the_meeting()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "深化调研。", "每季度调研一次。", x => x.Addresses("P1.1").Owner("书记").Deadline(new LocalDate(2024, 12, 31)));

        var finding = Check.Single(Check.Validate(document), "RM0013");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("measures[4].deadline", finding.Location.Path);
        Assert.Equal("M5", finding.Location.ElementId);
        Assert.Equal("整改措施“M5”的完成时限 2024年12月31日 早于会议日期 2025年1月15日", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0013");

    [Fact]
    public void Silent_for_a_deadline_on_the_meeting_day_a_long_term_measure_or_an_undated_meeting()
    {
        var onTheDay = TestDocuments.Team
            .AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1").Owner("书记").Deadline(TestDocuments.MeetingDay))
            .AddMeasure("M6", "深化学习。", "每月一次。", x => x.Addresses("P1.1").Owner("书记").LongTerm());
        Check.Silent(Check.Validate(onTheDay), "RM0013");

        var undated = TestDocuments.Team with
        {
            Header = h => h.Title("市委常委班子民主生活会对照检查材料").LeadershipTeam("某市委", "市委常委班子").Aspects(Aspects.AspectCatalogues.Annual2024),
        };
        Check.Silent(Check.Validate(undated.AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1").Owner("书记").Deadline(new LocalDate(2000, 1, 1)))), "RM0013");
    }
}
