using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0002AspectWithoutProblemTests
{
    [Fact]
    public Task Fires_at_the_catalogue_for_each_aspect_with_no_problem() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects({|#0:AspectCatalogues.Annual2024|}))
                .Problems(p => p
                    .Aspect(1, a => a.Problem("P1", "学习不深。", "学用脱节。"))
                    .Aspect(2, a => a.Intro("总体较好。"))
                    .Aspect(4, a => a.Problem("P4", "责任落实不够。", "……")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P4")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P4")))
            """),
        ExpectedDiagnostics =
        {
            new DiagnosticResult("RM0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("带头增强党性、严守纪律、砥砺作风"),
            new DiagnosticResult("RM0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新"),
        },
    }.RunAsync();

    [Fact]
    public Task Uses_the_short_title_when_the_catalogue_has_one() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects({|#0:AspectCatalogues.ThemeEducation2019|}))
                .Problems(p => p
                    .Aspect(1, a => a.Problem("P1", "学习不深。", "学用脱节。"))
                    .Aspect(2, a => a.Problem("P2", "学习不深。", "学用脱节。"))
                    .Aspect(3, a => a.Problem("P3", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2", "P3")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2", "P3")))
            """),
        ExpectedDiagnostics = { new DiagnosticResult("RM0002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("素质") },
    }.RunAsync();

    [Fact]
    public Task Is_silent_when_every_aspect_has_a_problem() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects(AspectCatalogues.ThemeEducation2023OrganisationalLife))
            .Problems(p => p
                .Aspect(1, a => a.Problem("P1", "学习不深。", "学用脱节。"))
                .Aspect(2, a => a.Problem("P2", "学习不深。", "学用脱节。"))
                .Aspect(3, a => a.Problem("P3", "学习不深。", "学用脱节。"))
                .Aspect(4, a => a.Problem("P4", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2", "P3", "P4")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2", "P3", "P4")))
        """));

    [Fact]
    public Task Fires_for_a_local_catalogue_built_from_constants() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            static readonly ReviewModel.Aspects.AspectCatalogue Local = AspectCatalogue.FromTitles("local", 2024, "专项", "一", "二");

            ReviewDocument M() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects({|RM0002:Local|}))
                .Problems(p => p.Aspect(1, a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Is_silent_for_a_catalogue_it_cannot_know() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(ReviewModel.Aspects.AspectCatalogue local) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects(local))
                .Problems(p => p.Aspect(1, a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Is_silent_when_an_aspect_number_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(int n) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().Aspects(AspectCatalogues.Annual2024))
                .Problems(p => p.Aspect(n, a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);
}
