using System;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;

namespace ReviewModel.Tests;

/// <summary>
/// Small documents for the rule tests. <see cref="Team"/> is a complete, link-consistent
/// leadership-team material (2024年度民主生活会, 四个带头) that produces no finding at all; tests
/// derive faulty variants with <c>with { Measures = … }</c>, reusing the default parts they keep.
/// </summary>
public sealed record TestDocuments
{
    /// <summary>The meeting date of every test document.</summary>
    public static readonly LocalDate MeetingDay = new(2025, 1, 15);

    /// <summary>A deadline after the meeting.</summary>
    public static readonly LocalDate Due = new(2025, 6, 30);

    /// <summary>The clean leadership-team document.</summary>
    public static TestDocuments Team { get; } = new();

    /// <summary>A clean individual's material (organisational-life meeting, first person).</summary>
    public static TestDocuments Individual { get; } = new()
    {
        Header = h => h
            .Title("2024年度组织生活会个人对照检查材料")
            .Individual("市发展改革委", "张明", "副主任")
            .OrganisationalLifeMeeting()
            .MeetingDate(MeetingDay)
            .Aspects(AspectCatalogues.Annual2024),
        Preparation = null,
        LastYear = null,
        Problems = IndividualProblems,
        Causes = IndividualCauses,
        Measures = IndividualMeasures,
        Preamble = new[] { "按照组织安排，我认真学习了有关文件，对照四个方面查摆了自身问题，现汇报如下。" },
    };

    public Action<HeaderBuilder> Header { get; init; } = DefaultHeader;

    public string[] Preamble { get; init; } = { "按照市委统一部署，市委常委班子认真开展会前准备，现将有关情况汇报如下。" };

    public Action<PreparationBuilder>? Preparation { get; init; } = DefaultPreparation;

    public Action<RectificationBuilder>? LastYear { get; init; } = DefaultLastYear;

    public Action<ProblemSectionBuilder>? Problems { get; init; } = DefaultProblems;

    public Action<CauseSectionBuilder>? Causes { get; init; } = DefaultCauses;

    public Action<MeasureSectionBuilder>? Measures { get; init; } = DefaultMeasures;

    /// <summary>Anything else: waivers, free sections. Runs after the sections.</summary>
    public Action<ReviewDocumentBuilder>? Extra { get; init; }

    /// <summary>Builds with the integrity checks of <see cref="ReviewDocumentBuilder.Build()"/>.</summary>
    public ReviewDocument Build() => Describe().Build();

    /// <summary>Builds without integrity checks, so that the validator reports RM0009/RM0010.</summary>
    public ReviewDocument BuildLenient() => Describe().BuildLenient();

    /// <summary>This document with one more measure after the others (the fifth in <see cref="Team"/>: <c>measures[4]</c>).</summary>
    public TestDocuments AddMeasure(string id, string title, string body, Action<MeasureBuilder>? describe = null)
    {
        var before = Measures;
        return this with { Measures = m => { before?.Invoke(m); m.Measure(id, title, body, describe); } };
    }

    /// <summary>This document with one more cause after the others (the fourth in <see cref="Team"/>: <c>causes[3]</c>).</summary>
    public TestDocuments AddCause(string id, string title, string body, Action<CauseBuilder>? describe = null)
    {
        var before = Causes;
        return this with { Causes = c => { before?.Invoke(c); c.Cause(id, title, body, describe); } };
    }

    /// <summary>This document with more aspect groups after the others (the fifth in <see cref="Team"/>: <c>problems.aspects[4]</c>).</summary>
    public TestDocuments AddProblems(Action<ProblemSectionBuilder> describe)
    {
        var before = Problems;
        return this with { Problems = p => { before?.Invoke(p); describe(p); } };
    }

    /// <summary>This document with more calls on the document builder (waivers, free sections).</summary>
    public TestDocuments AddExtra(Action<ReviewDocumentBuilder> describe)
    {
        var before = Extra;
        return this with { Extra = d => { before?.Invoke(d); describe(d); } };
    }

    public ReviewDocumentBuilder Describe()
    {
        var d = ReviewDocument.CreateBuilder().Header(Header);
        foreach (var paragraph in Preamble)
        {
            d.Preamble(paragraph);
        }

        if (Preparation is not null)
        {
            d.Preparation(Preparation);
        }

        if (LastYear is not null)
        {
            d.LastYearRectification(LastYear);
        }

        if (Problems is not null)
        {
            d.Problems(Problems);
        }

        if (Causes is not null)
        {
            d.Causes(Causes);
        }

        if (Measures is not null)
        {
            d.Measures(Measures);
        }

        Extra?.Invoke(d);
        return d;
    }

    public static void DefaultHeader(HeaderBuilder h) => h
        .Title("市委常委班子2024年度民主生活会对照检查材料")
        .LeadershipTeam("中共某市委员会", "市委常委班子")
        .DemocraticLifeMeeting()
        .MeetingDate(MeetingDay)
        .Aspects(AspectCatalogues.Annual2024);

    public static void DefaultPreparation(PreparationBuilder p) => p
        .Step("深入学习研讨。", "班子集中学习研讨，打牢思想基础。")
        .Step("广泛征求意见。", "通过座谈、走访征求意见建议。");

    public static void DefaultLastYear(RectificationBuilder r) => r
        .Item("理论学习更加深入。", "上年度查摆的问题已全部整改到位。");

    /// <summary>Five problems under the four aspects: P1.1, P1.2, P2.1, P3.1, P4.1.</summary>
    public static void DefaultProblems(ProblemSectionBuilder p) => p
        .Aspect(1, a => a
            .Problem("P1.1", "政治站位还不够高。", "对党中央重大决策部署的理解还停留在表面，贯彻落实中存在层层传达、简单部署的现象，结合本地实际创造性落实不够，统筹推进的力度还有差距。", x => x
                .Example("比如，在推进产业转型升级中，班子研究谋划不够深入，配套政策出台滞后。"))
            .Problem("P1.2", "政治敏锐性还需增强。", "对意识形态领域的新情况新问题研判不够及时，抓早抓小的意识不强，对网络舆情的引导办法不多，主动发声、正面引导的能力还有欠缺。"))
        .Aspect(2, a => a
            .Problem("P2.1", "党性锻炼有所放松。", "班子成员在繁重的业务工作面前，参加组织生活的质量不高，批评和自我批评辣味不足，开展谈心谈话往往就事论事，触及思想深处的交流还不多。"))
        .Aspect(3, a => a
            .Problem("P3.1", "担当作为还不够到位。", "面对历史遗留问题和群众急难愁盼问题，有时存在等一等、看一看的心态，攻坚克难的勇气和魄力不足，创新工作方法的主动性不强，改革举措落地见效还不够快。"))
        .Aspect(4, a => a
            .Problem("P4.1", "管党治党责任压得不实。", "落实全面从严治党主体责任存在上热中温下冷的现象，对分管领域党风廉政建设的督促检查还不够经常，对苗头性倾向性问题咬耳扯袖、红脸出汗不够及时。"));

    public static void DefaultCauses(CauseSectionBuilder c) => c
        .Cause("C1", "理论学习不够深入。", "班子对党的创新理论的学习满足于读原文、记笔记，系统学、深入学不够，学用结合不紧，没有真正把学习成果转化为推动工作的思路和举措。", x => x.Explains("P1.1", "P1.2"))
        .Cause("C2", "党性修养有所放松。", "班子成员认为自己经过多年锻炼，党性修养已经比较扎实，放松了主观世界的改造，对自身要求有所降低，宗旨意识和担当精神有所弱化。", x => x.Explains("P2.1", "P3.1"))
        .Cause("C3", "从严治党意识不强。", "对全面从严治党的长期性复杂性认识不足，存在重业务、轻党建的倾向，压力传导层层递减，监督执纪的严肃性不够。", x => x.Explains("P4.1"));

    public static void DefaultMeasures(MeasureSectionBuilder m) => m
        .Measure("M1", "强化理论武装。", "坚持第一议题制度，每月开展一次集中学习研讨。", x => x
            .Addresses("P1.1", "P1.2").Remedies("C1").Owner("市委书记").OwningUnit("市委办公室").Deadline(Due).Standard("全年集中学习研讨不少于十二次"))
        .Measure("M2", "锤炼党性修养。", "严格落实双重组织生活制度，每季度开展一次谈心谈话。", x => x
            .Addresses("P2.1").Remedies("C2").Owner("市委副书记").OwningUnit("市委组织部").Deadline(Due))
        .Measure("M3", "勇于担当作为。", "建立重点难题台账，逐项明确责任人和完成时限。", x => x
            .Addresses("P3.1").Remedies("C2").Owner("常务副市长").Deadline(Due))
        .Measure("M4", "压实从严治党责任。", "每半年听取一次分管领域党风廉政建设情况汇报。", x => x
            .Addresses("P4.1").Remedies("C3").OwningUnit("市纪委监委").Deadline(Due));

    /// <summary>An individual's problems, in the first person: P1.1 … P4.1.</summary>
    public static void IndividualProblems(ProblemSectionBuilder p) => p
        .Aspect(1, a => a.Problem("P1.1", "政治理论学习不够系统。", "我对党的创新理论学习满足于完成规定动作，深入思考不够，联系分管工作实际运用不够，以学促干的效果还不明显。"))
        .Aspect(2, a => a.Problem("P2.1", "党性锻炼有所放松。", "我参加支部组织生活有时以工作忙为由请假，开展批评和自我批评时顾虑较多，不愿意得罪人。"))
        .Aspect(3, a => a.Problem("P3.1", "担当作为不够。", "我面对分管领域的复杂矛盾时，有时存在畏难情绪，主动破解难题的办法不多，推动工作落实的韧劲不足。"))
        .Aspect(4, a => a.Problem("P4.1", "一岗双责落实不到位。", "我对分管处室的党风廉政建设督促检查不够经常，发现问题后提醒不够及时，管理有宽松软的现象。"));

    public static void IndividualCauses(CauseSectionBuilder c) => c
        .Cause("C1", "理想信念有所弱化。", "我放松了对世界观、人生观、价值观这个总开关的把握，理论学习的自觉性下降，用党的创新理论武装头脑不够主动。", x => x.Explains("P1.1", "P2.1"))
        .Cause("C2", "宗旨意识和担当精神有所淡化。", "我在长期机关工作中滋生了求稳怕乱的思想，怕担责任、怕出问题，对自己要求不够严格，管理上抹不开面子。", x => x.Explains("P3.1", "P4.1"));

    public static void IndividualMeasures(MeasureSectionBuilder m) => m
        .Measure("M1", "加强理论学习。", "每月精读一本理论著作。", x => x.Addresses("P1.1", "P2.1").Remedies("C1").Owner("张明").Deadline(Due))
        .Measure("M2", "主动担当作为。", "每季度督促检查分管处室一次。", x => x.Addresses("P3.1", "P4.1").Remedies("C2").Owner("张明").Deadline(Due));
}
