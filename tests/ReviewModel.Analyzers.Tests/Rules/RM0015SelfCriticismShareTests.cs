using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0015SelfCriticismShareTests
{
    [Fact]
    public Task Fires_at_the_problem_section_when_problems_and_causes_are_a_small_share() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("按照要求，本人认真学习了有关文件，广泛征求了意见，深入开展了谈心谈话，对照检查了自身存在的问题，现将有关情况汇报如下。")
            .{|RM0015:Problems|}(p => p.CustomAspect("在学习方面。", a => a.Problem("P1", "学习不深。", "")))
            .Causes(c => c.Cause("C1", "不够。", "", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次，每次不少于半天，形成学习笔记和心得体会，年底前完成全部学习任务。", x => x.Addresses("P1")))
        """), "RM0015");

    [Fact]
    public Task Is_silent_when_a_text_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string preamble) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Preamble(preamble)
                .Problems(p => p.CustomAspect("在学习方面。", a => a.Problem("P1", "学习不深。", "")))
                .Causes(c => c.Cause("C1", "不够。", "", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次，每次不少于半天，形成学习笔记和心得体会，年底前完成全部学习任务。", x => x.Addresses("P1"))));
        }
        """, "RM0015");
}
