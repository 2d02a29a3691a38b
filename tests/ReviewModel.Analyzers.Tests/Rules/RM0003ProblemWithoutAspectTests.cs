using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0003ProblemWithoutAspectTests
{
    [Fact]
    public Task Fires_at_a_problem_in_an_ungrouped_group() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.Ungrouped(a => a.Problem({|RM0003:"P1"|}, "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_the_ungrouped_group_has_a_heading() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.Ungrouped(a => a.Heading("在作风方面。").Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_the_heading_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string heading) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect(heading, a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);
}
