extern alias codefixes;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0001RequiredSectionTests
{
    [Fact]
    public Task Fires_at_Create_for_each_missing_section_of_a_team_democratic_life_material() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Usings + """
            class C
            {
                ReviewDocument M() => ReviewDocument.{|#0:Create|}(d => d
                    .Header(h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子"))
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
            }
            """,
        ExpectedDiagnostics =
        {
            new DiagnosticResult("RM0001", DiagnosticSeverity.Error).WithLocation(0).WithArguments("会前准备情况"),
            new DiagnosticResult("RM0001", DiagnosticSeverity.Error).WithLocation(0).WithArguments("上年度民主生活会查摆问题整改落实情况"),
            new DiagnosticResult("RM0001", DiagnosticSeverity.Error).WithLocation(0).WithArguments("原因剖析"),
        },
    }.RunAsync();

    [Fact]
    public Task Fires_at_the_section_call_for_an_empty_section() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .{|RM0001:Causes|}(c => c.Heading("原因"))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Fires_at_Build_of_a_CreateBuilder_local() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M()
            {
                var builder = ReviewDocument.CreateBuilder();
                builder.Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting());
                builder.Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem({|RM0004:"P1"|}, "学习不深。", "学用脱节。")));
                builder.Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")));
                return builder.{|RM0001:Build|}();
            }
        }
        """);

    [Fact]
    public Task Individual_and_organisational_life_materials_need_no_preparation() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Is_silent_for_a_builder_that_is_never_built_here() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocumentBuilder M()
            {
                var builder = ReviewDocument.CreateBuilder();
                builder.Header(h => h.Title("对照检查材料").Individual("某单位", "张三"));
                return builder;
            }
        }
        """);

    [Fact]
    public Task Is_silent_when_sections_are_added_by_a_helper() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static void Rest(ReviewDocumentBuilder d) => d.Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")));

            ReviewDocument M()
            {
                var builder = ReviewDocument.CreateBuilder();
                builder.Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting());
                builder.Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")));
                Rest(builder);
                builder.Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")));
                return builder.Build();
            }
        }
        """);

    [Fact]
    public Task Code_fix_adds_a_stub_of_the_missing_section_in_order() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.MissingSectionCodeFix>(
        Verify.Usings + """
            class C
            {
                ReviewDocument M() => ReviewDocument.{|RM0001:Create|}(d => d
                    .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
            }
            """,
        Verify.Usings + """
            class C
            {
                ReviewDocument M() => ReviewDocument.Create(d => d
                    .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem({|RM0008:"P1"|}, "学习不深。", "学用脱节。"))).Causes(c => c.Cause({|RM0006:"C1"|}, "{|RM0007:【待补】|}", "{|RM0007:【待补】|}"))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
            }
            """);

    [Fact]
    public Task Code_fix_adds_an_item_to_an_empty_section() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.MissingSectionCodeFix>(
        Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .{|RM0001:Causes|}(c => c.Heading("原因"))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            """),
        Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem({|RM0008:"P1"|}, "学习不深。", "学用脱节。")))
                .Causes(c => c.Heading("原因").Cause({|RM0006:"C1"|}, "{|RM0007:【待补】|}", "{|RM0007:【待补】|}"))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            """));

    [Fact]
    public Task Fix_all_adds_every_missing_section_in_order() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.MissingSectionCodeFix>(
        Verify.Usings + """
            class C
            {
                ReviewDocument M() => ReviewDocument.{|RM0001:{|RM0001:{|RM0001:Create|}|}|}(d => d
                    .Header(h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子"))
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
            }
            """,
        Verify.Usings + """
            class C
            {
                ReviewDocument M() => ReviewDocument.Create(d => d
                    .Header(h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子")).Preparation(p => p.Step("{|RM0007:【待补】|}", "{|RM0007:【待补】|}")).LastYearRectification(r => r.Item("{|RM0007:【待补】|}", "{|RM0007:【待补】|}"))
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem({|RM0008:"P1"|}, "学习不深。", "学用脱节。"))).Causes(c => c.Cause({|RM0006:"C1"|}, "{|RM0007:【待补】|}", "{|RM0007:【待补】|}"))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
            }
            """,
        iterations: 1,
        oneByOne: 3);
}
