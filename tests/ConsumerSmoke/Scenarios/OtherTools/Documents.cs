using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ConsumerSmoke;

// No mistakes: the build must show no ReviewModel diagnostic at all.
public static class OtherToolsDocuments
{
    public static ReviewDocument Annual2024() => ReviewDocument.Create(d => d
        .Header(h => h
            .Title("对照检查材料")
            .Individual("某单位", "张三")
            .OrganisationalLifeMeeting()
            .MeetingDate(new LocalDate(2025, 1, 20))
            .Aspects(AspectCatalogues.ThemeEducation2023OrganisationalLife))
        .Preamble("我于2025年1月5日参加了集中学习。")
        .Problems(p => p
            .Aspect(1, a => a.Problem("P1", "学习不够深入。", "学用脱节。"))
            .Aspect(2, a => a.Problem("P2", "党性修养有差距。", "要求不严。"))
            .Aspect(3, a => a.Problem("P3", "联系群众不够。", "下基层少。"))
            .Aspect(4, a => a.Problem("P4", "先锋模范作用发挥不够。", "遇到难题有畏难情绪。")))
        .Causes(c => c
            .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2"))
            .Cause("C2", "宗旨意识淡化。", "脱离群众。", x => x.Explains("P3", "P4")))
        .Measures(m => m
            .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2").Remedies("C1").Owner("本人").Deadline(new LocalDate(2025, 6, 30)))
            .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P3", "P4").Remedies("C2").Owner("本人").LongTerm())));

    // Non-constant input: the analyzers stay silent rather than guess.
    public static ReviewDocument FromData(string[] problemIds) => ReviewDocument.Create(d => d
        .Header(h => h.Title("对照检查材料").Individual("某单位", "李四").OrganisationalLifeMeeting())
        .Problems(p => p.CustomAspect("在学习方面。", a =>
        {
            foreach (var id in problemIds)
            {
                a.Problem(id, "问题。", "表现。");
            }
        }))
        .Causes(c => c.Cause("C1", "原因。", "分析。", x => x.Explains(problemIds)))
        .Measures(m => m.Measure("M1", "措施。", "每月1次。", x => x.Addresses(problemIds).Owner("本人").LongTerm())));
}
