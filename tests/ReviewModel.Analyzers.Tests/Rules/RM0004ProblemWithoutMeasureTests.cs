using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0004ProblemWithoutMeasureTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_problem_no_measure_addresses() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem({|RM0004:"P2"|}, "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_every_problem_is_addressed() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem("P2", "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2")))
        """));

    [Fact]
    public Task Is_silent_when_a_link_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static string Target() => "P2";

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                    .Problem("P1", "学习不深。", "学用脱节。")
                    .Problem("P2", "调研不够。", "蹲点少。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", Target()))));
        }
        """);

    [Fact]
    public Task Is_silent_when_a_builder_is_handed_to_a_helper() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static void MoreMeasures(MeasureSectionBuilder m) => m.Measure("M2", "深入调研。", "每季度蹲点1次。", x => x.Addresses("P2"));

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                    .Problem("P1", "学习不深。", "学用脱节。")
                    .Problem("P2", "调研不够。", "蹲点少。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2")))
                .Measures(m => { m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")); MoreMeasures(m); }));
        }
        """);
}
