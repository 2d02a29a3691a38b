using System.IO;
using System.Threading.Tasks;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Serialization;

public class ReviewJsonTests
{
    internal static ReviewDocument RichDocument() => ReviewDocument.Create(d => d
        .Header(h => h
            .Title("2024年度民主生活会对照检查材料")
            .Individual("某区委", "张三", "区委书记")
            .DemocraticLifeMeeting()
            .Theme("深入学习贯彻习近平新时代中国特色社会主义思想")
            .MeetingDate(new LocalDate(2025, 1, 20))
            .Notice("区委", "关于召开2024年度民主生活会的通知")
            .Aspects(AspectCatalogues.Annual2024))
        .Preamble("根据区委要求，现将个人对照检查情况汇报如下：")
        .Preparation(p => p.Heading("会前准备情况").Step("认真学习。", "参加集中学习5次。").OpinionsSolicited(12).TalksHeld(30).StudySessions(5).Closing("总之，准备充分。"))
        .LastYearRectification(r => r.Intro("上年度查摆的问题已整改。").Item("加强学习。", "每月学习2次。"))
        .Problems(p => p
            .Aspect(1, a => a.Inline().Intro("总体上能够严守纪律，但：").Problem("P1", "政治敏锐性不强。", "对苗头性问题警惕不够。", x => x.Example("比如，2024年3月某会议上……")))
            .Aspect(2, a => a.Problem("P2", "党性锻炼不够。", "自我要求有所放松。"))
            .CustomAspect("在专项整治方面。", a => a.Problem("P3", string.Empty, "整治进度滞后。")))
        .Section(SectionKind.CaseAnalysis, s => s.Heading("反面典型案例剖析").Paragraph("通过某案例深刻警醒。"))
        .Causes(c => c.Cause("C1", "理论学习不深。", "学用脱节。", x => x.Explains("P1", "P2", "P3")))
        .Measures(m => m.HalfWidthNumbers().Intro("针对以上问题：")
            .Measure("M1", "强化理论武装。", "每月学习不少于2次。", x => x.Addresses("P1", "P2").Remedies("C1").Owner("张三").OwningUnit("区委办").Deadline(new LocalDate(2025, 6, 30)).Standard("形成学习笔记"))
            .Measure("M2", "推进专项整治。", string.Empty, x => x.Addresses("P3").Item("一是", "建立台账。").ItemsAsParagraphs().Owner("张三").LongTerm()))
        .Waive("RM0016", "P1", "案例中引用原话"));

    [Fact]
    public void Round_trip_gives_an_equal_document()
    {
        var document = RichDocument();
        var json = ReviewJson.Serialize(document);
        var back = ReviewJson.Deserialize(json);
        Assert.Equal(document, back);
        Assert.Equal(json, ReviewJson.Serialize(back));
    }

    [Fact]
    public void Json_is_readable_and_keeps_chinese_and_iso_dates()
    {
        var json = ReviewJson.Serialize(RichDocument());
        Assert.Contains("\"title\": \"2024年度民主生活会对照检查材料\"", json);
        Assert.Contains("\"meetingDate\": \"2025-01-20\"", json);
        Assert.Contains("\"deadline\": \"2025-06-30\"", json);
        Assert.Contains("\"deadline\": \"longTerm\"", json);
        Assert.Contains("\"$type\": \"problems\"", json);
        Assert.DoesNotContain("isEmpty", json);
        Assert.DoesNotContain("allProblems", json);
    }

    [Fact]
    public void Source_locations_and_inferred_links_survive()
    {
        var problem = new Problem("P1", "领", "体", null, new SourceLocation("a.txt", 3, 5));
        var measure = new Measure("M1", "措施。", "内容", addresses: ValueList.Of(new Link("P1", isInferred: true)));
        var document = new ReviewDocument(
            new DocumentHeader("标题", ReviewSubject.Team("某单位", "领导班子")),
            null,
            ValueList.Of<Section>(
                new ProblemSection(null, ValueList.Of(new AspectGroup(null, "在某方面。", ValueList.Of(problem)))),
                new MeasureSection(null, ValueList.Of(measure))));
        var back = ReviewJson.Deserialize(ReviewJson.Serialize(document));
        Assert.Equal(document, back);
        Assert.True(back.Measures!.Measures[0].Addresses[0].IsInferred);
        Assert.Equal(3, back.Problems!.Aspects[0].Problems[0].Source!.Line);
    }

    [Fact]
    public async Task Stream_round_trip_gives_an_equal_document()
    {
        var document = RichDocument();
        using var stream = new MemoryStream();
        await ReviewJson.SerializeAsync(document, stream);
        stream.Position = 0;
        Assert.Equal(document, await ReviewJson.DeserializeAsync(stream));
    }

    [Theory]
    [InlineData("{ \"header\": ", "invalid document JSON")]
    [InlineData("null", "null")]
    [InlineData("{ \"header\": { \"title\": \"t\", \"subject\": { \"kind\": \"individual\", \"organisation\": \"o\", \"name\": \"n\" } }, \"sections\": [ { \"$type\": \"nonsense\" } ] }", "nonsense")]
    [InlineData("{ \"header\": { \"subject\": { \"kind\": \"individual\", \"organisation\": \"o\", \"name\": \"n\" } } }", "title")]
    [InlineData("{ \"header\": { \"title\": \"t\", \"subject\": { \"kind\": \"individual\", \"organisation\": \"o\", \"name\": \"n\" } }, \"sections\": [ null ] }", "null")]
    [InlineData("{ \"header\": { \"title\": \"t\", \"subject\": { \"kind\": \"individual\", \"organisation\": \"o\", \"name\": \"n\" } }, \"sections\": [ { \"$type\": \"measures\", \"measures\": [ { \"id\": \"M1\", \"title\": \"t\", \"body\": \"b\", \"deadline\": \"明年\" } ] } ] }", "deadline")]
    public void Bad_json_gives_a_clear_error(string json, string mentioned)
    {
        var error = Assert.Throws<ReviewJsonException>(() => ReviewJson.Deserialize(json));
        Assert.Contains(mentioned, error.Message, System.StringComparison.OrdinalIgnoreCase);
    }
}
