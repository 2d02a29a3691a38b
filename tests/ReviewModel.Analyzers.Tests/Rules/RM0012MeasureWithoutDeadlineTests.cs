using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0012MeasureWithoutDeadlineTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_measure_with_no_deadline() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure({|RM0012:"M1"|}, "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").LongTerm())
                .Measure("M3", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").Deadline(new LocalDate(2025, 6, 30))))
        """), "RM0012");

    [Fact]
    public Task Is_silent_when_the_deadline_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(LocalDate due) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Deadline(due))));
        }
        """, "RM0012");
}
