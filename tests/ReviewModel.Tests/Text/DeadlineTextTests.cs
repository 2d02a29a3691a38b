using NodaTime;
using ReviewModel.Model;
using ReviewModel.Serialization;
using ReviewModel.Text;
using ReviewModel.Tests.Import.Fidelity;
using Xunit;

namespace ReviewModel.Tests.Text;

/// <summary>Deadlines written in Chinese: parse and format paired, running text read with its context year, JSON both forms.</summary>
public class DeadlineTextTests
{
    [Theory]
    [InlineData("2025年6月30日", null, "2025-06-30")]
    [InlineData("2025年6月底", null, "month:2025-06")]
    [InlineData("2025年6月底前", null, "month:2025-06")]
    [InlineData("2025年底", null, "year:2025")]
    [InlineData("2025-06-30", null, "2025-06-30")]
    [InlineData("9月底前", 2025, "month:2025-09")]
    [InlineData("年底前", 2026, "year:2026")]
    [InlineData("９月底前", 2025, "month:2025-09")]
    [InlineData("长期坚持", null, "long")]
    [InlineData("每季度", null, "recurring:每季度")]
    [InlineData("x月x日前", null, "text:x月x日")]
    [InlineData("2025年12月", null, "month:2025-12")]
    [InlineData("2025年12月。", null, "month:2025-12")]
    [InlineData("12月", 2025, "month:2025-12")]
    public void A_labelled_value_is_read(string value, int? year, string expected) =>
        Assert.Equal(expected, CorpusScorer.Canonical(ChineseText.ParseDeadline(value, year)));

    [Theory]
    [InlineData("于2025年6月30日前完成全覆盖。", 2025, "~2025-06-30")]
    [InlineData("9月底前完成轮训。", 2025, "~month:2025-09")]
    [InlineData("9月底前完成轮训。", null, "~text:9月底前")]
    [InlineData("年底前建成平台。", 2025, "~year:2025")]
    [InlineData("每季度开展一次检查，长期坚持。", 2025, "~recurring:每季度")]
    [InlineData("廉政风险防控工作长期坚持。", 2025, "~long")]
    [InlineData("x月x日前修订办法。", 2025, "~text:x月x日前")]
    [InlineData("2024年起每季度讲一次党课。", 2024, "~recurring:每季度")]
    [InlineData("每月学习1次，2024年6月底前完成研讨，2024年3月31日前完成自查。", 2024, "~month:2024-06")]
    [InlineData("2024年度工作要点已印发。", 2025, "(none)")]
    [InlineData("全年到基层调研不少于10次。", 2025, "(none)")]
    [InlineData("长期坚持，每月开展一次谈心谈话。", 2025, "~recurring:每月")]
    [InlineData("长期坚持每月学习，2025年6月底前完成研讨。", 2025, "~month:2025-06")]
    [InlineData("自2024年6月起长期坚持。", 2025, "~long")]
    public void Running_text_gives_the_latest_limit_or_a_recurrence_marked_inferred(string text, int? year, string expected) =>
        Assert.Equal(expected, CorpusScorer.Canonical(DeadlineText.Find(text, year)));

    [Fact]
    public void Format_and_parse_are_paired()
    {
        foreach (var deadline in new[] { Deadline.On(new LocalDate(2025, 1, 5)), Deadline.EndOfMonth(2025, 9), Deadline.EndOfYear(2026), Deadline.Recurring("每半年"), Deadline.LongTerm })
        {
            var text = ChineseText.FormatDeadline(deadline);
            Assert.Equal(deadline, ChineseText.ParseDeadline(text));
        }

        Assert.Equal("2025年9月底", Deadline.EndOfMonth(2025, 9).ToString());
        Assert.Equal("2026年底", Deadline.EndOfYear(2026).ToString());
    }

    [Fact]
    public void Json_keeps_every_kind_and_the_old_string_form()
    {
        foreach (var deadline in new[]
        {
            Deadline.On(new LocalDate(2025, 6, 30)),
            Deadline.LongTerm,
            Deadline.EndOfMonth(2025, 9).AsInferred("9月底前"),
            Deadline.EndOfYear(2025),
            Deadline.Recurring("每季度").AsInferred("每季度"),
            Deadline.Create(DeadlineKind.Date, null, null, "x月x日前", isInferred: true),
        })
        {
            var document = ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
                .Measures(m => m.Measure("M1", "加强学习。", "", x => x.Deadline(deadline))));
            var back = ReviewJson.Deserialize(ReviewJson.Serialize(document));
            Assert.Equal(deadline, Assert.Single(back.AllMeasures).Deadline);
        }

        Assert.Contains("\"deadline\": \"2025-06-30\"", ReviewJson.Serialize(ReviewDocument.Create(d => d
            .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
            .Measures(m => m.Measure("M1", "加强学习。", "", x => x.Deadline(new LocalDate(2025, 6, 30)))))));
    }

    [Fact]
    public void Parts_that_do_not_fit_the_kind_are_refused()
    {
        Assert.Throws<System.ArgumentException>(() => Deadline.Create(DeadlineKind.Recurring, null));
        Assert.Throws<System.ArgumentException>(() => Deadline.Create(DeadlineKind.LongTerm, new LocalDate(2025, 1, 1)));
        Assert.Throws<System.ArgumentException>(() => Deadline.Create(DeadlineKind.MonthEnd, new LocalDate(2025, 9, 1)));
        Assert.Throws<System.ArgumentException>(() => Deadline.Create(DeadlineKind.MonthEnd, null));
        Assert.Throws<System.ArgumentException>(() => Deadline.Recurring(" "));
    }
}
