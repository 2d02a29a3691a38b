using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0006CauseWithoutProblemTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_cause_that_explains_nothing() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c
                .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1"))
                .Cause({|RM0006:"C2"|}, "宗旨意识淡化。", "脱离群众。"))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_every_cause_explains_a_problem() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c
                .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1"))
                .Cause("C2", "宗旨意识淡化。", "脱离群众。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_the_cause_is_described_by_a_method_group() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static void Links(CauseBuilder x) => x.Explains("P1");

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c
                    .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1"))
                    .Cause("C2", "宗旨意识淡化。", "脱离群众。", Links))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);
}
