using System.Linq;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Pipeline;

/// <summary>Each construct's recogniser says whether its line can interrupt a paragraph and whether it closes one
/// (Markdig's <c>BlockParser.CanInterrupt</c> is the model); the joiner follows what they say.</summary>
public class LineConstructsTests
{
    private static TextLine Line(string text, int level = 0, int bold = -1) =>
        new(SourceSpan.FromSource(text, 0, text.Length), level, bold);

    private static LineConstruct Construct(string name) => LineConstructs.All.Single(c => c.Name == name);

    [Theory]
    [InlineData("一、存在的问题")]
    [InlineData("（一）政治建设方面")]
    [InlineData("一是学习不够深入")]
    [InlineData("1.加强学习")]
    [InlineData("①每月学习一次")]
    [InlineData("第一，加强学习")]
    public void A_numbered_line_can_interrupt(string text)
    {
        Assert.True(Construct("numbered line").CanInterrupt(Line(text)));
        Assert.True(LineConstructs.Interrupts(Line(text)));
    }

    [Fact]
    public void A_short_numbered_heading_closes_unless_the_text_is_wrapped_at_a_page_width()
    {
        var heading = Line("（一）政治建设方面");
        Assert.True(Construct("numbered line").Closes(heading, wrapped: false));
        Assert.False(Construct("numbered line").Closes(heading, wrapped: true));
        Assert.False(Construct("numbered line").Closes(Line("一是学习不够深入"), wrapped: false)); // an item goes on
        Assert.False(Construct("numbered line").Closes(Line("（一）政治建设方面。"), wrapped: false)); // a sentence
    }

    [Fact]
    public void A_markup_heading_interrupts_and_closes()
    {
        var heading = Line("存在的问题", level: 2);
        Assert.True(Construct("markup heading").CanInterrupt(heading));
        Assert.True(Construct("markup heading").Closes(heading, wrapped: true));
        Assert.False(Construct("markup heading").CanInterrupt(Line("存在的问题")));
    }

    [Fact]
    public void A_bold_lead_interrupts_and_an_all_bold_line_closes()
    {
        Assert.True(Construct("bold lead").CanInterrupt(Line("学习不深。对理论学得不深", bold: 5)));
        Assert.False(Construct("bold lead").Closes(Line("学习不深。对理论学得不深", bold: 5), wrapped: false));
        Assert.True(Construct("bold lead").Closes(Line("学习不深", bold: 4), wrapped: false));
    }

    [Fact]
    public void A_bare_section_heading_closes_but_cannot_interrupt()
    {
        Assert.True(Construct("section heading").Closes(Line("存在的问题"), wrapped: false));
        Assert.False(Construct("section heading").CanInterrupt(Line("存在的问题")));
        Assert.False(LineConstructs.Interrupts(Line("存在的问题和不足，对照检查")));
    }

    [Fact]
    public void A_guide_line_interrupts_and_closes()
    {
        Assert.True(Construct("guide line").CanInterrupt(Line("【思想根源】")));
        Assert.True(Construct("guide line").Closes(Line("〔作风方面〕"), wrapped: true));
        Assert.False(Construct("guide line").CanInterrupt(Line("开展“【每日答题】”活动")));
    }

    [Fact]
    public void A_bare_aspect_heading_neither_interrupts_nor_closes()
    {
        var aspect = Line("在带头增强党性、严守纪律规矩方面");
        Assert.False(Construct("aspect heading").CanInterrupt(aspect));
        Assert.False(Construct("aspect heading").Closes(aspect, wrapped: false));
        Assert.False(LineConstructs.Interrupts(aspect));
    }

    [Fact]
    public void The_joiner_follows_the_constructs_a_guide_line_is_not_glued_to_an_unfinished_line()
    {
        // Blank-line separated Markdown: the lines of one paragraph join unless a construct interrupts.
        const string text = "# 某局党组民主生活会对照检查材料\n\n根据通知要求\n认真查摆问题\n【思想根源】\n\n正文。\n\n其他。\n";
        var lines = MarkdownReader.Read(text, 100, "t.md", System.Threading.CancellationToken.None)!;
        var paragraphs = ParagraphJoiner.Join(lines, 0, markdown: true, out _);

        Assert.Contains(paragraphs, p => p.Text.Text == "根据通知要求认真查摆问题");
        Assert.Contains(paragraphs, p => p.Text.Text == "【思想根源】");
    }
}
