using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0014MeasureNotCheckableTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_measure_with_nothing_checkable() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure({|RM0014:"M1"|}, "加强学习。", "今后一定改正。", x => x.Addresses("P1"))
                .Measure("M2", "改进作风。", "今后一定改正。", x => x.Addresses("P1").Item("带头调研，", "每季度蹲点一次。"))
                .Measure("M3", "改进作风。", "今后一定改正。", x => x.Addresses("P1").Standard("形成台账")))
        """), "RM0014");

    [Fact]
    public Task Is_silent_when_a_text_of_the_measure_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string body) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Measures(m => m.Measure("M1", "加强学习。", body, x => x.Addresses("P1"))));
        }
        """, "RM0014");
}
