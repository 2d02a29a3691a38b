using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0016ThirdPersonTests
{
    [Fact]
    public Task Fires_at_the_phrase_in_an_individual_s_material() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三", "党组班子成员").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "{|RM0016:有的同志|}学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_in_a_team_s_material() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "有的同志学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_when_the_header_is_not_known() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(System.Action<HeaderBuilder> header) => ReviewDocument.Create(d => d
                .Header(header)
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "有的同志学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);
}
