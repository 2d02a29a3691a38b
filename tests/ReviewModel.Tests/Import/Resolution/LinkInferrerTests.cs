using System.Collections.Generic;
using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import.Resolution;

/// <summary>
/// Links the material does not write: the n-th answers the n-th when the lists are as long as each other; otherwise each
/// problem goes to the text it shares most distinctive words with; and an element that took no problem gets the unlinked
/// problem it shares the most words with, below the threshold.
/// </summary>
public sealed class LinkInferrerTests
{
    [Fact]
    public void Lists_of_the_same_length_link_in_order()
    {
        var document = Document(
            new[] { new[] { "理论学习不够深入。" }, new[] { "联系群众不够紧密。" } },
            causes: new[] { "理论武装不够。", "宗旨意识淡化。" },
            measures: new[] { "加强理论学习。", "密切联系群众。" });
        var links = new List<InferredLink>();

        var linked = LinkInferrer.Infer(document, links, default);

        Assert.Equal(new[] { "P1.1" }, linked.AllMeasures.First().Addresses.Select(l => l.TargetId));
        Assert.Equal(new[] { "P2.1" }, linked.AllMeasures.Last().Addresses.Select(l => l.TargetId));
        Assert.All(links, l => Assert.Equal(InferredLinkBasis.SameOrder, l.Basis));
        Assert.All(linked.AllMeasures.SelectMany(m => m.Addresses), l => Assert.True(l.IsInferred));
    }

    [Fact]
    public void Each_problem_goes_to_the_cause_it_shares_most_words_with()
    {
        // Four problems in three aspects, two causes: neither order applies, so words decide.
        var document = Document(
            new[] { new[] { "理论学习浮于表面，读原著少。", "调查研究走马观花，深入基层少。" }, new[] { "纪律规矩执行打折扣，督促检查松。" }, new[] { "原著读得少，理论学习不系统。" } },
            causes: new[] { "对理论学习重要性认识不足，读原著悟原理不够。", "对基层情况掌握不深，纪律规矩观念淡薄，调查研究不够。" },
            measures: new[] { "加强学习。" });
        var links = new List<InferredLink>();

        var linked = LinkInferrer.Infer(document, links, default);

        var explains = linked.AllCauses.Select(c => c.Explains.Select(l => l.TargetId).OrderBy(x => x).ToArray()).ToArray();
        Assert.Equal(new[] { "P1.1", "P3.1" }, explains[0]);
        Assert.Equal(new[] { "P1.2", "P2.1" }, explains[1]);
        Assert.All(links.Where(l => l.Kind == InferredLinkKind.Explains), l => Assert.Equal(InferredLinkBasis.SharedKeywords, l.Basis));
        Assert.All(links.Where(l => l.Kind == InferredLinkKind.Explains), l => Assert.True(l.Score >= LinkInferrer.MinimumScore));
    }

    [Fact]
    public void A_cause_left_without_a_problem_takes_the_unlinked_problem_it_shares_most_words_with()
    {
        // 调研 is the one pair the second aspect's long problem shares with the long second cause: too weak to link
        // by itself, but that cause took no problem, so it gets this one, marked with its low score.
        var document = Document(
            new[] { new[] { "理论学习不深入。" }, new[] { "工作中调研安排偏少，会议文件偏多，基层减负落实打折扣，形式主义苗头时有出现，整治力度偏软，群众反映的困难解决偏慢。" }, new[] { "理论学习不系统。" } },
            causes: new[] { "理论学习不深入不系统。", "调研意识淡薄，宗旨观念弱化，作风建设松懈，担当精神退化，纪律规矩意识减弱，斗争本领欠缺，创新思路狭窄。" },
            measures: new[] { "加强学习。" });
        var links = new List<InferredLink>();

        var linked = LinkInferrer.Infer(document, links, default);

        var weak = Assert.Single(links, l => l.Kind == InferredLinkKind.Explains && l.FromId == "C2");
        Assert.Equal("P2.1", weak.TargetId);
        Assert.Equal(InferredLinkBasis.SharedKeywords, weak.Basis);
        Assert.InRange(weak.Score, double.Epsilon, LinkInferrer.MinimumScore);
        Assert.Equal(new[] { "P2.1" }, linked.AllCauses.Last().Explains.Select(l => l.TargetId));
    }

    [Fact]
    public void A_cause_sharing_no_word_with_any_problem_stays_unlinked()
    {
        var document = Document(
            new[] { new[] { "理论学习浮于表面。" }, new[] { "理论学习缺乏系统。" }, new[] { "理论学习结合实际少。" } },
            causes: new[] { "对理论学习认识不足。", "甲乙丙丁戊己庚辛。" },
            measures: new[] { "加强学习。" });
        var links = new List<InferredLink>();

        var linked = LinkInferrer.Infer(document, links, default);

        var causes = linked.AllCauses.ToArray();
        Assert.Equal(new[] { "P1.1", "P2.1", "P3.1" }, causes[0].Explains.Select(l => l.TargetId).OrderBy(x => x));
        Assert.Empty(causes[1].Explains);
    }

    private static ReviewDocument Document(string[][] aspects, string[] causes, string[] measures)
    {
        var groups = aspects.Select((problems, a) => new AspectGroup(
            null,
            $"第{a + 1}方面",
            problems.Select((p, i) => new Problem($"P{a + 1}.{i + 1}", p, string.Empty)).ToValueList())).ToValueList();
        var sections = new Section[]
        {
            new ProblemSection("存在的问题", groups),
            new CauseSection("原因分析", causes.Select((c, i) => new Cause($"C{i + 1}", c, string.Empty)).ToValueList()),
            new MeasureSection("整改措施", measures.Select((m, i) => new Measure($"M{i + 1}", m, string.Empty)).ToValueList()),
        };
        var header = new DocumentHeader("对照检查材料", ReviewSubject.Team("某县委", "县委常委班子"), MeetingKind.DemocraticLife);
        return new ReviewDocument(header, null, sections.ToValueList());
    }
}
