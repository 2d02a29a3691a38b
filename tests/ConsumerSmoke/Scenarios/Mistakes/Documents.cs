using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ConsumerSmoke;

// Each line marked "expect: RMxxxx" must get exactly that warning, at that line, and no other line
// may get any ReviewModel diagnostic (PackageEndToEndTests reads the markers).
public static class Documents
{
    public static ReviewDocument Annual2024() => ReviewDocument.Create(d => d
        .Header(h => h
            .Title("对照检查材料")
            .Individual("某单位", "张三")
            .OrganisationalLifeMeeting()
            .MeetingDate(new LocalDate(2025, 1, 20))
            .Aspects(AspectCatalogues.ThemeEducation2023OrganisationalLife)) // expect: RM0002
        .Preamble("我于x月x日参加了集中学习。") // expect: RM0007
        .Problems(p => p
            .Aspect(1, a => a.Problem("P1", "学习不够深入。", "学用脱节。"))
            .Aspect(2, a => a.Problem("P2", "党性修养有差距。", "要求不严。"))
            .Aspect(3, a => a.Problem("P3", "联系群众不够。", "下基层少。"))) // expect: RM0004
        .Causes(c => c
            .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2", "P3"))
            .Cause("C2", "宗旨意识淡化。", "脱离群众。")) // expect: RM0006
        .Measures(m => m
            .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Owner("本人").Deadline(new LocalDate(2025, 6, 30)))
            .Measure("M2", "严格要求。", "每季度对照检查1次。", x => x.Addresses("P2").Owner("本人").Deadline(new LocalDate(2024, 12, 31))) // expect: RM0013
            .Measure("M3", "改进作风。", "每季度蹲点1次。", x => x.Remedies("C1").Owner("本人").LongTerm()))); // expect: RM0005
}
