using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0011MeasureWithoutOwnerTests
{
    [Fact]
    public Task Fires_at_the_ID_of_a_measure_with_no_owner_or_unit() => Verify.Analyzer(Verify.Usings + """
        static class Helpers
        {
            public static MeasureBuilder Accountable(this MeasureBuilder m) => m.OwningUnit("办公室");
        }

        class C
        {
            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").LeadershipTeam("某局", "某局党组").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m
                    .Measure({|RM0011:"M1"|}, "加强学习。", "每月学习2次。", x => x.Addresses("P1"))
                    .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").Owner("张三"))
                    .Measure("M3", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").Accountable())));
        }
        """, "RM0011");

    [Fact]
    public Task Fires_even_when_the_rest_of_the_document_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string problem) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").LeadershipTeam("某局", "某局党组"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem(problem, "学习不深。", "学用脱节。")))
                .Measures(m => m.Measure({|RM0011:"M1"|}, "加强学习。", "每月学习2次。", x => x.Addresses(problem))));
        }
        """, "RM0011");

    [Fact]
    public Task Is_silent_when_code_not_followed_may_set_the_owner() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(System.Action<MeasureBuilder> more) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").LeadershipTeam("某局", "某局党组"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => { x.Addresses("P1"); more(x); })));
        }
        """, "RM0011");

    [Fact]
    public Task Is_silent_in_an_individuals_material_whose_writer_owns_every_measure() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """, "RM0011");

    [Fact]
    public Task Is_silent_when_the_subject_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string title) => ReviewDocument.Create(d => d
                .Header(h => h.Title(title).Individual("某单位", "张三"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """, "RM0011");
}
