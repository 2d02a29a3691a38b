using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0013DeadlineBeforeMeetingTests
{
    [Fact]
    public Task Fires_at_a_constant_deadline_before_the_constant_meeting_date() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Create("""

                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting().MeetingDate(new LocalDate(2022, 1, 5)))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m
                    .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Deadline({|#0:new LocalDate(2021, 12, 31)|}))
                    .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P1").Deadline(new LocalDate(2022, 1, 5))))
            """),
        ExpectedDiagnostics =
        {
            new DiagnosticResult("RM0013", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("M1", "2021年12月31日", "2022年1月5日"),
        },
    }.RunAsync();

    [Fact]
    public Task Fires_even_when_the_rest_of_the_document_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(string problem) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").MeetingDate(new LocalDate(year: 2022, day: 5, month: 1)))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem(problem, "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains(problem)))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses(problem).Deadline({|RM0013:new LocalDate(2021, 6, 30)|}))));
        }
        """);

    [Fact]
    public Task Is_silent_when_either_date_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument M(LocalDate meeting, int year) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").MeetingDate(meeting))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m
                    .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Deadline(new LocalDate(2000, 1, 1)))
                    .Measure("M2", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Deadline(new LocalDate(year, 1, 1)))));
        }
        """);

    [Fact]
    public Task Is_silent_when_the_deadline_is_waived() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").MeetingDate(new LocalDate(2022, 1, 5)))
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Deadline(new LocalDate(2021, 12, 31))))
            .Waive("RM0013", "M1", "会前已完成 (done before the meeting)")
        """));
}
