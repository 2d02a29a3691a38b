extern alias codefixes;

using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Rules;

public sealed class RM0030HalfWidthPunctuationTests
{
    private const string Rest = """

            .Problems(p => p.CustomAspect("在理论学习方面。", a => a.Problem("P1", "学习不深。", "学用脱节。")))
            .Causes(c => c.Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1")))
        """;

    [Fact]
    public Task Fires_at_the_first_half_width_mark_of_a_literal() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求{|RM0030:,|}现将有关情况(简要)汇报如下：")
        """ + Rest));

    [Fact]
    public Task Is_silent_on_numbers_and_full_width_text() => Verify.Analyzer(Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求，共征求意见1,000条，8:30召开会议（简要）：")
        """ + Rest));

    [Fact]
    public Task Code_fix_makes_the_literal_full_width() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.TypographyCodeFix>(
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求{|RM0030:,|}学习\"两个确立\"(简要)汇报如下：")
        """ + Rest),
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求，学习“两个确立”（简要）汇报如下：")
        """ + Rest));

    [Fact]
    public Task Code_fix_removes_spaces_between_Chinese_characters_in_an_interpolated_string() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.TypographyCodeFix>(
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble({|RM0032:$"根据{"2024"}年要求，现将有关情况 汇报如下："|})
        """ + Rest),
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble($"根据{"2024"}年要求，现将有关情况汇报如下：")
        """ + Rest));

    [Fact]
    public Task Fix_all_fixes_every_literal_at_once() => Verify.CodeFix<codefixes::ReviewModel.Analyzers.CodeFixes.TypographyCodeFix>(
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求{|RM0030:,|}现将有关情况汇报如下：")
            .Preamble("学习{|RM0032: |}教育{|RM0030:;|}专题学习。")
        """ + Rest),
        Verify.Create("""

            .Header(h => h.Title("对照检查材料").Individual("某单位", "张三").OrganisationalLifeMeeting())
            .Preamble("根据要求，现将有关情况汇报如下：")
            .Preamble("学习教育；专题学习。")
        """ + Rest),
        iterations: 1,
        oneByOne: 2);
}
