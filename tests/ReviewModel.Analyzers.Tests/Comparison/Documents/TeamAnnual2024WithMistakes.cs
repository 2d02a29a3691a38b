using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Analyzers.Tests.Comparison;

/// <summary>
/// A leadership team's 2024 annual material with one mistake of nearly every kind the analyzers know:
/// no last-year section (RM0001), an aspect left empty (RM0002), a problem under no aspect (RM0003),
/// links missing (RM0004, RM0005, RM0006, RM0008), placeholders (RM0007) and a deadline before the
/// meeting (RM0013). Compiled and run by <c>AnalyzerMatchesValidatorTests</c>, not by this project.
/// </summary>
public static class TeamAnnual2024WithMistakes
{
    public static ReviewDocument Build() => ReviewDocument.Create(d => d
        .Header(h => h
            .Title("xx市委常委班子2024年度民主生活会对照检查材料")
            .LeadershipTeam("某市委", "市委常委班子")
            .DemocraticLifeMeeting()
            .MeetingDate(new LocalDate(2025, 1, 20))
            .Aspects(AspectCatalogues.Annual2024))
        .Preamble("根据省委通知要求，市委常委班子于x月x日召开民主生活会。现将有关情况汇报如下。")
        .Preparation(p => p
            .Step("高度重视，精心安排部署。", "班子成员开展学习研讨3次。")
            .Step("广泛征求意见。", "共征求意见建议xx条。"))
        .Problems(p => p
            .Aspect(1, a => a
                .Intro("一年来，班子总体上能够严守政治纪律。但对照要求，还存在一些差距。")
                .Problem("P1", "在理论学习上还有差距。", "学习不够系统，学用结合不紧。", x => x.Example("比如，202X年开展专题学习仅2次。"))
                .Problem("P2", "在贯彻落实上还有差距。", "部分工作推进不快。"))
            .Aspect(2, a => a.Problem("P3", "作风建设有松懈。", "深入基层调研不够，全年蹲点调研××次。"))
            .Aspect(4, a => a.Problem("P4", "管党治党责任落实不够。", "抓班子带队伍的力度不足。"))
            .Ungrouped(a => a.Problem("P5", "文风会风有待改进。", "会议多、文件多的问题仍然存在。")))
        .Causes(c => c
            .Cause("C1", "理论武装不够深入。", "对学习的重要性认识不足。", x => x.Explains("P1", "P2"))
            .Cause("C2", "宗旨意识有所淡化。", "联系群众不够紧密。", x => x.Explains("P3"))
            .Cause("C3", "纪律规矩意识不强。", "【待补】"))
        .Measures(m => m
            .Measure("M1", "深化理论武装。", "每月集中学习不少于2次。", x => x
                .Addresses("P1", "P2")
                .Remedies("C1")
                .Owner("书记")
                .Deadline(new LocalDate(2025, 12, 31)))
            .Measure("M2", "改进工作作风。", "每季度蹲点调研1次。", x => x
                .Addresses("P3")
                .OwningUnit("市委办公室")
                .Deadline(new LocalDate(2024, 12, 31)))
            .Measure("M3", "完善制度机制。", "年底前修订完善制度xx项。", x => x
                .Remedies("C3")
                .Owner("副书记")
                .LongTerm())));
}
