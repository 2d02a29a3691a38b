using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0005MeasureWithoutProblemTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_measure_that_addresses_nothing() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                .Measure({|RM0005:"M2"|}, "改进作风。", "每季度蹲点1次。", x => x.Remedies("C1")))
        """));

    [Fact]
    public Task Fires_when_the_only_link_is_to_a_cause_ID_given_as_a_problem() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                .Measure({|RM0005:"M2"|}, "改进作风。", "每季度蹲点1次。", x => x.Addresses({|RM0009:"C1"|})))
        """));

    [Fact]
    public Task Judges_each_measure_on_its_own_links_when_an_ID_is_reused() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure({|RM0005:"M1"|}, "加强学习。", "每月学习2次。", x => x.Addresses({|RM0009:"P9"|}))
                .Measure({|RM0010:"M1"|}, "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_the_measure_addresses_a_declared_problem() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m
                .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").Remedies("C1")))
        """));

    [Fact]
    public Task Is_silent_when_measures_come_from_a_loop() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string[] ids) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m =>
                {
                    m.Measure("M0", "改进作风。", "每季度蹲点1次。");
                    foreach (var id in ids)
                    {
                        m.Measure(id, "加强学习。", "每月学习2次。", x => x.Addresses("P1"));
                    }
                }));
        }
        """);

    [Fact]
    public Task Is_silent_when_the_measure_ID_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string id) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m
                    .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                    .Measure(id, "改进作风。", "每季度蹲点1次。")));
        }
        """);
}
