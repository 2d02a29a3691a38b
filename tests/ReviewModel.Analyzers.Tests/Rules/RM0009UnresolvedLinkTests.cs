using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0009UnresolvedLinkTests
{
    [Fact]
    public Task Fires_at_the_link_argument_that_names_an_undeclared_ID() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", {|RM0009:"P9"|})))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Remedies({|RM0009:"C7"|})))
        """));

    [Fact]
    public Task Fires_for_a_link_to_an_element_of_the_wrong_kind() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Remedies({|RM0009:"P1"|})))
        """));

    [Fact]
    public Task Is_silent_when_links_resolve_in_the_same_document() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Remedies("C1")))
        """));

    [Fact]
    public Task Is_silent_when_problems_are_added_by_a_helper() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static void AddProblems(ProblemSectionBuilder p) => p.CustomAspect("在作风方面。", a => a.Problem("P9", "作风不实。", "……"));

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => AddProblems(p))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P9")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P9").Remedies("C1"))));
        }
        """);

    [Fact]
    public Task Is_silent_for_an_array_variable_of_IDs() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static readonly string[] Targets = { "P1", "P9" };

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains(Targets)))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Remedies("C1"))));
        }
        """);
}
