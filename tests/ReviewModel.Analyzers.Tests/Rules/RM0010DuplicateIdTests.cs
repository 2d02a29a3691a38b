extern alias codefixes;

using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0010DuplicateIdTests
{
    [Fact]
    public Task Fires_at_every_declaration_after_the_first() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem({|RM0010:"P1"|}, "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure({|RM0010:"P1"|}, "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """));

    [Fact]
    public Task Reports_the_first_declaration_path_in_its_message() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p
                    .CustomAspect("在理论学习方面。", a => a.Problem("P0", "学习不深。", "学用脱节。"))
                    .CustomAspect("在作风方面。", a => a.Problem("P1", "学习不深。", "学用脱节。").Problem({|#0:"P1"|}, "调研不够。", "蹲点少。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P0", "P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P0", "P1")))
            """),
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("RM0010", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0).WithArguments("P1", "problems.aspects[1].problems[0]"),
        },
    }.RunAsync();

    [Fact]
    public Task Is_silent_for_distinct_IDs() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                .Problem("P1", "学习不深。", "学用脱节。")
                .Problem("P2", "调研不够。", "蹲点少。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2")))
        """));

    [Fact]
    public Task Is_silent_when_one_declaration_is_in_a_condition() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(bool second) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a =>
                {
                    a.Problem("P1", "学习不深。", "学用脱节。");
                    if (second)
                    {
                        a.Problem("P1", "调研不够。", "蹲点少。");
                    }
                }))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Is_silent_when_the_second_declaration_is_in_an_iterator_never_enumerated() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static System.Collections.Generic.IEnumerable<int> More(AspectGroupBuilder a)
            {
                a.Problem("P1", "调研不够。", "蹲点少。"); // runs only when enumerated
                yield return 1;
            }

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => { a.Problem("P1", "学习不深。", "学用脱节。"); More(a); }))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Code_fix_replaces_a_const_ID_at_the_duplicate_usage_only() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.DuplicateIdCodeFix>(
        Verify.Usings + """
            class C
            {
                const string Id = "P1";

                ReviewDocument M() => ReviewDocument.Create(d => d
                    .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                        .Problem(Id, "学习不深。", "学用脱节。")
                        .Problem({|RM0010:Id|}, "调研不够。", "蹲点少。")))
                    .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains(Id)))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses(Id))));
            }
            """,
        Verify.Usings + """
            class C
            {
                const string Id = "P1";

                ReviewDocument M() => ReviewDocument.Create(d => d
                    .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                        .Problem(Id, "学习不深。", "学用脱节。")
                        .Problem({|RM0004:{|RM0008:"P1-2"|}|}, "调研不够。", "蹲点少。")))
                    .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains(Id)))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses(Id))));
            }
            """);

    [Fact]
    public Task Fix_all_renames_every_duplicate_of_the_document_at_once() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.DuplicateIdCodeFix>(
        Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                    .Problem("P1", "学习不深。", "学用脱节。")
                    .Problem({|RM0010:"P1"|}, "调研不够。", "蹲点少。")
                    .Problem({|RM0010:"P1"|}, "作风不实。", "蹲点少。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure({|RM0010:"C1"|}, "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            """),
        Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a
                    .Problem("P1", "学习不深。", "学用脱节。")
                    .Problem({|RM0004:{|RM0008:"P1-2"|}|}, "调研不够。", "蹲点少。")
                    .Problem({|RM0004:{|RM0008:"P1-3"|}|}, "作风不实。", "蹲点少。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("C1-2", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            """),
        iterations: 1,
        oneByOne: 3);
}
