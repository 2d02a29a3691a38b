using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Samples;
using Xunit;

namespace ReviewModel.Tests.Rendering;

/// <summary>
/// Markdown output is checked by reading it back with Markdig: every block must come back as exactly
/// the text the plain-text renderer writes, with no stray emphasis, code, links or HTML.
/// </summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static IEnumerable<object[]> Pipelines() => new[]
    {
        new object[] { "CommonMark" },
        new object[] { "GitHub-like" },
    };

    [Fact]
    public void Title_is_a_level_one_heading_and_section_headings_are_level_two_headings()
    {
        var document = TextRendererTests.Document(d => d
            .Preamble("开头。")
            .Section(SectionKind.CaseAnalysis, s => s.Paragraph("案例。")));

        Assert.Equal("# 标题\n\n开头。\n\n## 一、反面典型案例剖析\n\n案例。\n", Renderer.Render(document));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void The_sample_reads_back_as_its_plain_text(string pipeline)
    {
        var document = PartyHistory2021Sample.Build();

        var blocks = ReadBack(Renderer.Render(document), pipeline);

        Assert.Equal(new TextRenderer().Render(document).TrimEnd('\n').Split("\n\n"), blocks.Select(b => b.Text));
        Assert.Equal("heading", blocks[0].Kind);
        Assert.Equal(new[] { "一、", "二、", "三、", "四、", "五、" }, blocks.Where(b => b.Kind == "section").Select(b => b.Text.Substring(0, 2)));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Markup_characters_in_the_text_are_escaped_so_the_text_reads_back_unchanged(string pipeline)
    {
        var tricky = new[]
        {
            "**年度民主生活会在**市召开，共**人参加",
            "# 不是标题",
            "#不是标题",
            "1. 不是列表",
            "2) 也不是列表",
            "- 不是列表",
            "+ 不是列表",
            "* 不是列表",
            "> 不是引用",
            "---",
            "***",
            "___",
            "<b>不是HTML</b> <!-- 不是注释 -->",
            "a_b_c、_强调_、*星号*、`代码`",
            "[链接](甲) ![图](乙)",
            "&amp; &#35; 不是实体",
            "~~不是删除线~~ | 不是 | 表格 |",
            "反斜杠\\在中间，\\*也在\\",
            "第一行\n===\n第三行",
            "第一行\n- 第二行\n1. 第三行",
            "```\n不是代码块\n```",
            "~~~",
        };
        var document = TextRendererTests.Document(d =>
        {
            d.Header(h => h.Theme("主题"));
            foreach (var paragraph in tricky)
            {
                d.Preamble(paragraph);
            }

            d.Section(SectionKind.Other, s => s.Heading("*重点*_问题_ #1 <甲> \\"));
        });

        var blocks = ReadBack(Renderer.Render(document), pipeline);

        Assert.Equal(new[] { "标题" }.Concat(tricky).Append("一、*重点*_问题_ #1 <甲> \\"), blocks.Select(b => b.Text));
        Assert.Equal("section", blocks.Last().Kind);
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void A_title_with_hashes_keeps_them(string pipeline)
    {
        var document = ReviewModel.Model.ReviewDocument.Create(d => d.Header(h => h.Title("C# 学习 #").LeadershipTeam("市委", "班子")));

        var block = Assert.Single(ReadBack(Renderer.Render(document), pipeline));

        Assert.Equal(("heading", "C# 学习 #"), (block.Kind, block.Text));
    }

    [Fact]
    public void Leading_spaces_would_make_a_code_block_and_are_dropped()
    {
        var document = TextRendererTests.Document(d => d.Preamble("    缩进四格"));

        Assert.Equal("# 标题\n\n缩进四格\n", Renderer.Render(document));
    }

    private static List<(string Kind, string Text)> ReadBack(string markdown, string pipeline)
    {
        var builder = new MarkdownPipelineBuilder();
        if (pipeline != "CommonMark")
        {
            builder.UsePipeTables().UseEmphasisExtras(EmphasisExtraOptions.Strikethrough).UseAutoLinks().UseTaskLists();
        }

        var parsed = Markdown.Parse(markdown, builder.Build());
        var blocks = new List<(string Kind, string Text)>();
        foreach (var block in parsed)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    blocks.Add(("heading", Text(heading.Inline!, allowBold: false)));
                    break;
                case HeadingBlock { Level: 2 } heading:
                    blocks.Add(("section", Text(heading.Inline!, allowBold: false)));
                    break;
                case ParagraphBlock paragraph:
                    var inlines = paragraph.Inline!.ToList();
                    if (inlines.Count == 1 && inlines[0] is EmphasisInline { DelimiterChar: '*', DelimiterCount: 2 } bold)
                    {
                        blocks.Add(("bold", Text(bold, allowBold: false)));
                    }
                    else
                    {
                        blocks.Add(("paragraph", Text(paragraph.Inline!, allowBold: false)));
                    }

                    break;
                default:
                    Assert.Fail($"Unexpected Markdown block {block.GetType().Name} at line {block.Line + 1}:\n{markdown}");
                    break;
            }
        }

        return blocks;
    }

    private static string Text(ContainerInline container, bool allowBold)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case EmphasisInline emphasis when allowBold:
                    text.Append(Text(emphasis, allowBold: false));
                    break;
                default:
                    Assert.Fail($"Unexpected Markdown inline {inline.GetType().Name} after \"{text}\"");
                    break;
            }
        }

        return text.ToString();
    }
}
