using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Tests.Rendering.Docx;

/// <summary>Realistic documents for the DOCX and 清单 tests.</summary>
internal static class DocxTestDocuments
{
    public const string Title = "党史学习教育专题民主生活会对照检查材料";

    /// <summary>
    /// A leadership-team material with owners, a dated and a long-term deadline, a problem with no measure
    /// (P3.1), a measure addressing two problems (M1), Latin text and digits, inline and paragraph items.
    /// </summary>
    public static ReviewDocument Team() => ReviewDocument.Create(d => d
        .Header(h => h.Title(Title).LeadershipTeam("某市委", "市委常委班子").DemocraticLifeMeeting(thematic: true)
            .MeetingDate(new LocalDate(2022, 1, 5)).Aspects(AspectCatalogues.PartyHistory2021))
        .Preamble("根据省委《关于开好党史学习教育专题民主生活会的通知》要求，市委常委班子认真对照“五个带头”，深刻查摆检视。现将有关情况汇报如下：")
        .Preparation(p => p
            .Heading("专题民主生活会准备情况")
            .Step("高度重视，精心安排部署。", "制定实施方案，明确内容、时限和责任人。")
            .Step("广泛征求意见，深入谈心谈话。", "共征求到意见建议36条，开展谈心谈话52人次。")
            .Closing("总之，通过前期扎实有效的工作，为开好此次专题民主生活会提供了保证。"))
        .LastYearRectification(r => r
            .Intro("2020年度民主生活会召开以来，我们对照查摆的问题逐项整改。")
            .Item("加强政治理论学习。", "全年开展中心组集中学习12次。"))
        .Problems(p => p
            .Heading("找准查实存在的突出问题")
            .Aspect(1, a => a
                .Problem("P1.1", "在“学懂”上还有差距。", "学习缺少挤劲、钻劲。", x => x.Example("比如，2021年中心组学习有3次流于形式，对GDP、PMI等指标的分析停留在数字上。"))
                .Problem("P1.2", "在“弄通”上还有差距。", "学用相长、学以致用做得不够。"))
            .Aspect(2, a => a.Inline()
                .Intro("市委常委会坚持认为，谋事创业是成事之基。但还在以下方面存在问题：")
                .Problem("P2.1", "缺乏“一张蓝图干到底”的韧劲。", "口号提得比较多。")
                .Problem("P2.2", "缺乏“一门心思抓实绩”的作为。", "不敢对重大困难动真碰硬。"))
            .Aspect(3, a => a
                .Problem("P3.1", "服务群众的水平不高。", "安排部署民生工作考虑不细。")))
        .Causes(c => c
            .Heading("产生问题的原因分析")
            .Cause("C1", "理论学习有待进一步深化。", "对思想建党这一基本原则认识不够。", x => x.Explains("P1.1", "P1.2"))
            .Cause("C2", "担当精神有待进一步强化。", "在具体工作中习惯于按部就班。", x => x.Explains("P2.1", "P2.2", "P3.1")))
        .Measures(m => m
            .Heading("努力方向和整改措施")
            .Intro("针对以上存在的突出问题，市委班子将从思想根源入手，加大整改力度。")
            .HalfWidthNumbers()
            .Measure("M1", "强化政治建设，在深化学习上严要求。", "坚持把党的政治建设摆在首位。", x => x
                .Addresses("P1.1", "P2.1").Remedies("C1")
                .Owner("张三").Owner("李四").OwningUnit("市委办公室")
                .Deadline(new LocalDate(2025, 6, 30)).Standard("每月集中学习不少于1次"))
            .Measure("M2", "坚持民本情怀，在保障民生上见成效。", "主动践行以人民为中心的发展思想。", x => x
                .Addresses("P1.2").Remedies("C2")
                .Item("带头执行党的政治纪律。", "严格遵守党章。")
                .Item("带头执行组织纪律。", "落实民主集中制。")
                .Owner("王五").LongTerm())
            .Measure("M3", "严守党的纪律，在整顿作风上出实招。", "", x => x
                .Addresses("P2.2").Remedies("C2").ItemsAsParagraphs()
                .Item("注重用好干部。", "完善干部选拔任用机制。")
                .Item("注重用好权力。", "落实“三重一大”制度。")
                .OwningUnit("市纪委监委"))));

    /// <summary>An individual's material with a post (for the name line) and a long title.</summary>
    public static ReviewDocument Individual(string title = "中共某某市委员会常委班子成员2021年度党史学习教育专题民主生活会个人对照检查材料") =>
        ReviewDocument.Create(d => d
            .Header(h => h.Title(title).Individual("某市委", "张三", "市委副书记").MeetingDate(new LocalDate(2022, 1, 5)))
            .Preamble("按照市委要求，本人认真学习，深刻查摆。")
            .Section(SectionKind.StudyReflection, s => s.Paragraph("通过学习，我深刻认识到……")));
}
