using System;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using ReviewModel.Ledger;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Samples;
using Xunit;
using Xunit.Abstractions;

namespace ReviewModel.Tests.Ledger;

public class CarryForwardTests
{
    private readonly ITestOutputHelper _output;

    public CarryForwardTests(ITestOutputHelper output) => _output = output;

    /// <summary>The sample's ledger a year on: M1 and M3 done (M3 销号), M2 long-term, M4 under way, M5 not started.</summary>
    internal static RectificationLedger SampleAYearOn() => RectificationLedger.Create(PartyHistory2021Sample.Build()).Update(u => u
        .Measure("M1", e => e
            .Start(new LocalDate(2022, 2, 15), "市委办公室", "制定市委理论学习中心组年度学习计划")
            .Complete(new LocalDate(2022, 11, 30), "市委办公室", "全年开展中心组集中学习12次，常委撰写调研报告15篇", "市委中心组学习记录（2022）", "调研报告汇编"))
        .Measure("M3", e => e
            .Complete(new LocalDate(2022, 9, 30), "市纪委监委", "开展作风建设专项整治，查处违反中央八项规定精神问题23起", "市纪委〔2022〕41号")
            .Close(new LocalDate(2022, 12, 20), "市委书记"))
        .Measure("M2", e => e.KeepLongTerm(new LocalDate(2022, 3, 1), "市政府办公室", "建立民生实事年度清单制度"))
        .Measure("M4", e => e.Start(new LocalDate(2022, 4, 1), "市委组织部", "启动干部实绩分类考核办法修订")));

    [Fact]
    public void The_sample_a_year_on_gives_a_2022_section_two_shaped_like_the_samples()
    {
        var ledger = SampleAYearOn();
        var section = ledger.CarryForward(new LocalDate(2022, 12, 31));

        Assert.Equal(SectionKind.LastYearRectification, section.Kind);
        Assert.Equal("上年度民主生活会查摆问题整改落实情况", section.Heading);
        var intro = Assert.Single(section.Intro).Text;
        Assert.StartsWith("2021年党史学习教育专题民主生活会召开以来，我们对照查摆的19个问题、制定的5项整改措施", intro);
        var m1 = ledger.Entries.Count(e => e.MeasureId == "M1");
        var m2 = ledger.Entries.Count(e => e.MeasureId == "M2");
        var m3 = ledger.Entries.Count(e => e.MeasureId == "M3");
        var m4 = ledger.Entries.Count(e => e.MeasureId == "M4");
        var m5 = ledger.Entries.Count(e => e.MeasureId == "M5");
        Assert.Contains($"截至2022年12月31日，{ledger.Entries.Count}项整改事项中已完成{m1 + m3}项（其中已销号{m3}项），长期坚持{m2}项，正在推进{m4 + m5}项。", intro);

        // Completed items summarised by aspect, in aspect order; then long-term; then under way.
        var aspects = ledger.Entries.Where(e => e.MeasureId is "M1" or "M3").Select(e => e.Aspect).Distinct().ToList();
        Assert.Equal(aspects.Count + 2, section.Items.Count);
        for (var i = 0; i < aspects.Count; i++)
        {
            Assert.StartsWith($"在{aspects[i]}方面，", section.Items[i].Lead);
            Assert.EndsWith("。", section.Items[i].Lead);
        }

        Assert.Contains(section.Items.Take(aspects.Count), i => i.Body.Contains("市纪委〔2022〕41号"));
        Assert.Contains(section.Items.Take(aspects.Count), i => i.Lead.Contains("已销号"));
        Assert.StartsWith("坚持长期整改", section.Items[aspects.Count].Lead);
        Assert.Contains("建立民生实事年度清单制度", section.Items[aspects.Count].Body);
        Assert.StartsWith("持续推进未完成事项", section.Items[aspects.Count + 1].Lead);
        Assert.Contains("当前状态：推进中", section.Items[aspects.Count + 1].Body);
        Assert.Contains("当前状态：未启动", section.Items[aspects.Count + 1].Body);
        var closing = Assert.Single(section.Closing).Text;
        Assert.StartsWith("总之，", closing);
        Assert.Contains($"销号{m3}项", closing);

        // In a 2022 material it renders as section 二 the way the sample's does: bold heading, intro, 一是…, 总之.
        var sample = PartyHistory2021Sample.Build();
        var next = new ReviewDocument(sample.Header, sample.Preamble, sample.Sections.Select(s => s is RectificationSection ? section : s).ToValueList());
        var markdown = new MarkdownRenderer().Render(next);
        var paragraphs = SectionTwo(markdown);
        Assert.Contains("二、上年度民主生活会查摆问题整改落实情况", paragraphs[0]);
        _output.WriteLine(string.Join("\n\n", paragraphs));
        var original = SectionTwo(new MarkdownRenderer().Render(sample));
        Assert.Equal(Shape(original), Shape(paragraphs));
    }

    [Fact]
    public void Carried_forward_twice_from_JSON_it_is_the_same_section()
    {
        var ledger = SampleAYearOn();
        var again = ReviewModel.Ledger.Persistence.LedgerJson.Deserialize(ReviewModel.Ledger.Persistence.LedgerJson.Serialize(ledger));
        Assert.Equal(ledger.CarryForward(), again.CarryForward());
        Assert.Contains("目前，", ledger.CarryForward().Intro[0].Text);
    }

    [Fact]
    public void Nothing_done_yet_still_gives_an_intro_items_for_what_is_open_and_a_closing()
    {
        var section = LedgerTestData.Team().CarryForward();
        Assert.Equal("持续推进未完成事项，5项事项结转到本年度。", Assert.Single(section.Items).Lead);
        Assert.Contains("已完成0项、销号0项", section.Closing[0].Text);
        Assert.StartsWith("2024年度民主生活会召开以来", section.Intro[0].Text);
    }

    // From the heading line of section 二 to the heading line of section 三, however the renderer marks headings.
    private static string[] SectionTwo(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^\W*二、"));
        var end = Array.FindIndex(lines, start + 1, l => Regex.IsMatch(l, @"^\W*三、"));
        Assert.True(start >= 0 && end > start, markdown);
        return string.Join("\n", lines[start..end]).Trim().Split("\n\n").Select(p => p.Trim()).ToArray();
    }

    // heading, intro, numbered items (一是, 二是, … in order), closing.
    private static string Shape(string[] paragraphs) => string.Join(" ", paragraphs.Select((p, i) =>
        i == 0 ? (Regex.IsMatch(p, @"^\W*二、\S+") ? "H" : "?")
        : Regex.IsMatch(p, "^[一二三四五六七八九十]+是") ? "I"
        : p.StartsWith("总之", StringComparison.Ordinal) ? "C"
        : "P")).Let(s => Regex.Replace(s, "I( I)*", "I+"));
}

internal static class StringExtensions
{
    public static string Let(this string value, Func<string, string> f) => f(value);
}
