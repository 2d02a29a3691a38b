using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0008ProblemWithoutCauseTests
{
    [Fact]
    public Task Fires_at_a_problem_no_cause_explains() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem({|RM0008:"P2"|}, "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2")))
        """));

    [Fact]
    public Task Is_silent_when_every_problem_has_a_cause() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem("P2", "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1").Explains("P2")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2")))
        """));
}
