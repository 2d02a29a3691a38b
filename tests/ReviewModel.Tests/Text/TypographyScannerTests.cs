using System.Linq;
using ReviewModel.Text.Typography;
using Xunit;

namespace ReviewModel.Tests.Text;

public class TypographyScannerTests
{
    // Text with faults, and the text as the safe fix writes it.
    [Theory]
    [InlineData("学习不够深入,学用脱节。", "学习不够深入，学用脱节。")]
    [InlineData("一是学习;二是调研。", "一是学习；二是调研。")]
    [InlineData("主要表现在:", "主要表现在：")]
    [InlineData("国内生产总值(GDP)增长", "国内生产总值（GDP）增长")]
    [InlineData("(一)政治建设方面", "（一）政治建设方面")]
    [InlineData("对\"两个确立\"的理解不深", "对“两个确立”的理解不深")]
    [InlineData("\"四风\"问题和\"三重一大\"制度", "“四风”问题和“三重一大”制度")]
    [InlineData("学习 教育", "学习教育")]
    [InlineData("学习   教育", "学习教育")]
    [InlineData("学习\u00A0教育", "学习教育")]
    [InlineData("x86 (64位)", "x86 （64位）")]
    [InlineData("完成率达到95%,群众满意", "完成率达到95%，群众满意")]
    public void Faults_touching_Chinese_text_are_fixed(string text, string fixedText) =>
        Assert.Equal(fixedText, TypographyScanner.Fix(text));

    // Text that is right as it is.
    [Theory]
    [InlineData("共征求意见建议1,000条，8:30召开会议。")]
    [InlineData("CPU (x86) and ARM")]
    [InlineData("The \"quick\" fox")]
    [InlineData("市委书记　张三")]
    [InlineData("　　根据市委要求，现将有关情况汇报如下：")]
    [InlineData("开展 3 次专题学习，GDP 增长 5%")]
    [InlineData("学习“两个确立”，（一）政治建设；二是：调研。")]
    [InlineData("https://example.org/a,b")]
    [InlineData("")]
    public void Right_text_is_left_alone(string text)
    {
        Assert.Empty(TypographyScanner.Scan(text));
        Assert.Equal(text, TypographyScanner.Fix(text));
    }

    [Fact]
    public void Markdown_links_keep_their_syntax()
    {
        const string text = "详见[通知](通知.md)和(附件)。";
        Assert.Equal("详见[通知](通知.md)和（附件）。", TypographyScanner.Fix(text, markdown: true));
    }

    [Fact]
    public void Issues_say_where_what_and_the_replacement()
    {
        var issues = TypographyScanner.Scan("对\"两个确立\"的认识,不深 入");
        Assert.Equal(
            new[] { (1, TypographyIssueKind.AsciiQuote, "“"), (6, TypographyIssueKind.AsciiQuote, "”"), (10, TypographyIssueKind.HalfWidthPunctuation, "，"), (13, TypographyIssueKind.SpaceBetweenChinese, "") },
            issues.Select(i => (i.Start, i.Kind, i.Replacement)));
    }

    [Fact]
    public void Fixing_is_idempotent_and_keeps_every_other_character()
    {
        var random = new System.Random(7);
        const string alphabet = "学习教育问题整改,;:()\" 　1a。，";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var once = TypographyScanner.Fix(text);
            Assert.Equal(once, TypographyScanner.Fix(once));
            // Only the faulty marks change: the text with marks and spaces removed is the same.
            static string Letters(string s) => new(s.Where(c => !",;:()\"“”，；：（） \u00A0".Contains(c)).ToArray());
            Assert.Equal(Letters(text), Letters(once));
        }
    }
}
