using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0007PlaceholderTests
{
    [Fact]
    public Task Fires_at_the_exact_span_of_each_form_the_runtime_knows() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("{|RM0007:20xx年|}度对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("我于{|RM0007:x月x日|}参加了学习，撰写心得{|RM0007:x-x篇|}。")
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "全年学习{|RM0007:××次|}，{|RM0007:【待补】|}。", x => x.Example("比如，{|RM0007:202X年|}的调研。"))))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习，{|RM0007:**年|}度计划落空。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习{|RM0007:XX次|}。", x => x.Addresses("P1").Item("带头学习，", "完成{|RM0007:x篇|}").Standard("{|RM0007:xxx|}")))
        """));

    [Fact]
    public Task Fires_at_the_exact_span_in_literals_with_escapes() => Verify.Analyzer(Verify.Usings + """
        // ASCII quotes in Chinese text are RM0030 (one finding per text, at the first), also at their exact span.
        class C
        {
            ReviewDocument Doc() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Preparation(p => p.Step(@"坚持{|RM0030:""|}三会一课""，", @"开展谈心谈话{|RM0007:xx人|}次。"))
                .LastYearRectification(r => r.Item("学习{|RM0030:\"|}两个确立\"，", "撰写{|RM0007:x篇|}\u3002每年{|RM0007:xx次|}\t。"))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Reports_the_placeholder_as_written_in_its_message() => new Verify.AnalyzerTest
    {
        TestCode = Verify.Usings + """
            class C
            {
                const string Text = "计划于x月x日完成";

                ReviewDocument Doc() => ReviewDocument.Create(d => d
                    .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                    .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                    .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                    .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Item("落实责任，", {|#0:Text|}))));
            }
            """,
        ExpectedDiagnostics = { new DiagnosticResult("RM0007", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("x月x日") },
    }.RunAsync();

    [Fact]
    public Task Scans_a_lead_and_body_as_one_text_as_the_validator_does() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            // One placeholder, "xx篇", across the join of lead and body: reported on its part in the lead.
            static RectificationBuilder Item(RectificationBuilder r) => r.Item("完成{|RM0007:x|}", "x篇");

            ReviewDocument Doc() => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .LastYearRectification(r => Item(r))
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Is_silent_in_a_helper_no_document_uses() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            // Not part of any document: the validator never sees it (the rule is checked where a document uses it).
            static void Example(ProblemBuilder p) => p.Example("比如x月x日的会议。");
        }
        """);

    [Fact]
    public Task A_waiver_silences_only_its_target_element() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("我于x月x日参加了学习。")
            .Preamble("撰写心得{|RM0007:x篇|}。")
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            .Waive("RM0007", "preamble[0]", "模板示例 (a template)")
        """));

    [Fact]
    public Task Fires_in_names_owners_and_units_as_the_validator_does() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("{|RM0007:xx|}单位", "张三", "{|RM0007:XX|}局长").Notice("{|RM0007:xx市|}委", "关于召开{|RM0007:xx|}的通知").OrganisationalLifeMeeting())
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Owner("{|RM0007:xx|}").OwningUnit("{|RM0007:xx|}办")))
        """));

    [Fact]
    public Task Is_silent_for_anonymisation_Latin_words_and_non_document_strings() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("某区对照检查材料").Individual("某单位", "张三").Notice("某市委", "关于召开民主生活会的通知").OrganisationalLifeMeeting())
            .Preamble("用Excel统计了3×4张表，max值正常。")
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1").Owner("张三").OwningUnit("某办")))
        """));

    [Fact]
    public Task Is_silent_for_text_that_is_not_constant() => Verify.Analyzer(Verify.Usings + """
        class C
        {
            ReviewDocument Doc(string s) => ReviewDocument.Create(d => d
                .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
                .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。", x => x.Example(s + "xx"))))
                .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
                .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1"))));
        }
        """);

    [Fact]
    public Task Is_silent_when_the_document_waives_the_rule() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("我于x月x日参加了学习。")
            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
            .Waive("RM0007", "preamble", "模板示例 (a template)")
        """));
}
