using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Markdown;

/// <summary>Each CommonMark construct as <see cref="MarkdownReader"/> turns it into the importer's lines, with the
/// position of every character read back from Markdig's source spans.</summary>
public class MarkdownReaderTests
{
    private static List<TextLine> Read(string text) => MarkdownReader.Read(text, 1000, "t.md", CancellationToken.None)!;

    private static List<TextLine> Content(string text) => Read(text).Where(l => !l.IsBlank).ToList();

    /// <summary>Line and column (1-based) of character <paramref name="index"/> of <paramref name="line"/>.</summary>
    private static (int Line, int Column) Where(string source, TextLine line, int index)
    {
        var location = new LineMap(source, "t.md").Locate(line.Text, index)!;
        return (location.Line, location.Column);
    }

    [Fact]
    public void An_ATX_heading_gives_its_level_and_text_and_the_text_keeps_its_column()
    {
        const string source = "# 标题\n\n## 一、存在的问题 ##\n";
        var lines = Read(source);

        Assert.Equal(4, lines.Count); // one per source line, the last one after the final line feed
        Assert.Equal((1, "标题"), (lines[0].HeadingLevel, lines[0].Text.Text));
        Assert.True(lines[1].IsBlank);
        Assert.Equal((2, "一、存在的问题"), (lines[2].HeadingLevel, lines[2].Text.Text));
        Assert.Equal((3, 4), Where(source, lines[2], 0));
    }

    [Fact]
    public void A_setext_heading_is_a_heading_and_its_underline_a_rule_line()
    {
        const string source = "某局党组对照检查材料\n==========\n\n一、存在的问题\n-------\n\n正文。\n";
        var lines = Read(source);

        Assert.Equal((1, "某局党组对照检查材料"), (lines[0].HeadingLevel, lines[0].Text.Text));
        Assert.True(lines[1].IsRule);
        Assert.Equal((2, "一、存在的问题"), (lines[3].HeadingLevel, lines[3].Text.Text));
        Assert.True(lines[4].IsRule);
        Assert.Equal((0, "正文。"), (lines[6].HeadingLevel, lines[6].Text.Text));
    }

    [Fact]
    public void A_setext_heading_over_several_lines_keeps_one_line_each_all_at_its_level()
    {
        var lines = Read("某局党组\n对照检查材料\n---\n");

        Assert.Equal(new[] { (2, "某局党组"), (2, "对照检查材料") }, lines.Take(2).Select(l => (l.HeadingLevel, l.Text.Text)));
        Assert.True(lines[2].IsRule);
    }

    [Fact]
    public void An_ordered_list_keeps_the_authors_numbers_and_delimiters()
    {
        const string source = "正文：\n\n3. 学习不深。\n4. 调研不实。\n\n1) 整改一\n2) 整改二\n";
        var lines = Content(source);

        Assert.Equal(new[] { "正文：", "3. 学习不深。", "4. 调研不实。", "1) 整改一", "2) 整改二" }, lines.Select(l => l.Text.Text));
        Assert.All(lines, l => Assert.True(l.StartsBlock));
        Assert.Equal((3, 1), Where(source, lines[1], 0));
        Assert.Equal((4, 4), Where(source, lines[2], 3));
    }

    [Fact]
    public void A_bullet_is_dropped_and_each_item_starts_a_block()
    {
        const string source = "- 一是学习不深\n- 二是调研不实\n* 三是\n+ 四是\n";
        var lines = Content(source);

        Assert.Equal(new[] { "一是学习不深", "二是调研不实", "三是", "四是" }, lines.Select(l => l.Text.Text));
        Assert.All(lines, l => Assert.True(l.StartsBlock));
        Assert.Equal((2, 3), Where(source, lines[1], 0));
    }

    [Fact]
    public void Strong_emphasis_is_removed_and_a_leading_one_is_the_bold_lead()
    {
        const string source = "**一是学习不深。**对理论学习不够系统。**二是调研不实。**下基层少。\n";
        var line = Content(source).Single();

        Assert.Equal("一是学习不深。对理论学习不够系统。二是调研不实。下基层少。", line.Text.Text);
        Assert.Equal("一是学习不深。".Length, line.BoldLength);
        Assert.Equal((1, 3), Where(source, line, 0)); // after "**"
        var second = line.Text.Text.IndexOf('二');
        Assert.Equal((1, source.IndexOf('二') + 1), Where(source, line, second));
    }

    [Fact]
    public void Italic_emphasis_is_removed_and_a_line_without_a_lead_has_no_bold()
    {
        var line = Content("要 *重点* 抓好 _落实_。\n").Single();

        Assert.Equal("要 重点 抓好 落实。", line.Text.Text);
        Assert.Equal(-1, line.BoldLength);
    }

    [Theory]
    [InlineData("姓名：***，职务：***")]
    [InlineData("***同志在xx会上的发言")]
    [InlineData("____年____月____日")]
    public void A_run_of_three_or_more_asterisks_or_underscores_is_a_mask_and_stays(string text)
    {
        Assert.Equal(text, Content(text + "\n").Single().Text.Text);
    }

    [Fact]
    public void A_block_quote_gives_its_text_without_the_marks()
    {
        const string source = "> （一）思想方面\n> > 一是学习不深。\n";
        var lines = Content(source);

        Assert.Equal(new[] { "（一）思想方面", "一是学习不深。" }, lines.Select(l => l.Text.Text));
        Assert.Equal((2, 5), Where(source, lines[1], 0));
    }

    [Fact]
    public void A_pipe_table_gives_one_line_per_row_and_its_delimiter_row_is_a_rule_line()
    {
        const string source = "| 姓名 | 职务 | 分工 |\n| --- | :--- | ---: |\n| 张某 | **书记** | 主持全面工作 |\n";
        var lines = Read(source);

        Assert.Equal("姓名 | 职务 | 分工", lines[0].Text.Text);
        Assert.True(lines[1].IsRule);
        Assert.Equal("张某 | 书记 | 主持全面工作", lines[2].Text.Text);
        Assert.Equal((3, 10), Where(source, lines[2], lines[2].Text.Text.IndexOf('书')));
    }

    [Fact]
    public void A_pipe_table_in_the_genres_layout_gives_each_row_as_the_line_a_writer_would_type_at_the_row()
    {
        const string source = "| 序号 | 存在问题 | 问题表现 |\n| --- | --- | --- |\n| 1 | 学习不深 | 对理论学得不深。 |\n";
        var lines = Read(source);

        Assert.True(lines[0].IsRule); // the header row
        Assert.Equal("1.学习不深对理论学得不深。", lines[2].Text.Text);
        Assert.Equal("1.学习不深".Length, lines[2].BoldLength); // counted from the line start, as for a line typed with its number
        Assert.Equal((3, 1), Where(source, lines[2], 0));
    }

    [Fact]
    public void HTML_blocks_inline_HTML_entities_and_links_are_kept_as_written()
    {
        const string source = "<div class=\"nav\">首页 &gt; 范文</div>\n\n阅读次数：218&nbsp;&nbsp;发布时间：2021-01-18\n\n上一篇：[某局材料](http://example.org/1) 换行<br>\n";
        var lines = Content(source);

        Assert.Equal("<div class=\"nav\">首页 &gt; 范文</div>", lines[0].Text.Text);
        Assert.Equal("阅读次数：218&nbsp;&nbsp;发布时间：2021-01-18", lines[1].Text.Text);
        Assert.Equal("上一篇：[某局材料](http://example.org/1) 换行<br>", lines[2].Text.Text);
    }

    [Fact]
    public void Fenced_code_keeps_its_lines_and_drops_the_fences()
    {
        var lines = Read("```\n一、存在的问题\n**不是强调**\n```\n");

        Assert.True(lines[0].IsRule);
        Assert.Equal("一、存在的问题", lines[1].Text.Text);
        Assert.Equal("**不是强调**", lines[2].Text.Text);
        Assert.True(lines[3].IsRule);
    }

    [Fact]
    public void An_indented_code_block_is_an_indented_paragraph_read_as_Markdown_in_place()
    {
        const string source = "正文。\n\n    **一是学习不深。**具体表现\n    二是调研不实。\n";
        var lines = Content(source);

        Assert.Equal(new[] { "正文。", "一是学习不深。具体表现", "二是调研不实。" }, lines.Select(l => l.Text.Text));
        Assert.Equal("一是学习不深。".Length, lines[1].BoldLength);
        Assert.Equal((3, 7), Where(source, lines[1], 0));
        Assert.Equal((4, 5), Where(source, lines[2], 0));
    }

    [Fact]
    public void A_thematic_break_is_a_rule_line()
    {
        var lines = Read("正文。\n\n---\n\n* * *\n");

        Assert.True(lines[2].IsRule);
        Assert.True(lines[4].IsRule);
        Assert.Equal(0, lines[2].HeadingLevel);
    }

    [Fact]
    public void Soft_and_hard_line_breaks_each_end_a_line_and_only_the_first_line_of_a_paragraph_starts_a_block()
    {
        const string source = "第一行\n第二行  \n第三行\\\n第四行\n";
        var lines = Content(source);

        Assert.Equal(new[] { "第一行", "第二行", "第三行", "第四行" }, lines.Select(l => l.Text.Text));
        Assert.Equal(new[] { true, false, false, false }, lines.Select(l => l.StartsBlock));
        Assert.Equal((4, 1), Where(source, lines[3], 0));
    }

    [Fact]
    public void Backslash_escapes_are_removed_and_the_escaped_character_keeps_its_own_position()
    {
        const string source = "1\\. 不是列表，\\*不是强调\\*\n";
        var line = Content(source).Single();

        Assert.Equal("1. 不是列表，*不是强调*", line.Text.Text);
        Assert.Equal((1, 3), Where(source, line, 1)); // the "." after the backslash
        Assert.Equal((1, 11), Where(source, line, line.Text.Text.IndexOf('*')));
    }

    [Fact]
    public void A_code_span_keeps_its_content()
    {
        Assert.Equal("执行 reviewmodel check 命令", Content("执行 `reviewmodel check` 命令\n").Single().Text.Text);
    }

    [Fact]
    public void Every_character_read_points_at_the_same_character_in_the_source()
    {
        const string source =
            "# 某局党组对照检查材料\n\n> **（一）思想方面**\n>\n> 1. 学习\\*不深*，*调研*不实\n>    - 二是 `作风` 漂浮\n\n" +
            "| 问题 | 措施 |\n|---|---|\n| 学习 | **整改** |\n\n    缩进的段落\n\n第一行  \n第二行\r\n第三行\r\n";
        foreach (var line in Read(source).Where(l => !l.IsBlank))
        {
            for (var i = 0; i < line.Text.Length; i++)
            {
                var c = line.Text[i];
                if (c is ' ' or '|')
                {
                    continue; // inserted between table cells
                }

                Assert.True(source[line.Text.OffsetAt(i)] == c, $"'{c}' of '{line.Text.Text}' points at '{source[line.Text.OffsetAt(i)]}'");
            }
        }
    }

    [Fact]
    public void Lines_are_counted_as_the_line_map_counts_them_and_more_than_allowed_are_refused()
    {
        const string source = "一\r\n二\r三\n";
        Assert.Equal(4, Read(source).Count);
        var e = Assert.Throws<ImportLimitExceededException>(() => MarkdownReader.Read(source, 3, "t.md", CancellationToken.None));
        Assert.Equal(nameof(ImportLimits.MaxParagraphs), e.Limit);
    }

    // Nesting deeper than Markdig's limit (which it refuses with an ArgumentException) is read as plain text;
    // deeper than ImportLimits.MaxNestingDepth inside Markdig's limit is kept as written.
    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("brackets")]
    [InlineData("emphasis")]
    [InlineData("links")]
    public void Deep_nesting_is_read_without_running_out_of_stack_and_keeps_the_text(string shape)
    {
        const int n = 20_000;
        var text = shape switch
        {
            "quotes" => new string('>', n) + " 一是学习不深。\n",
            "lists" => string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- 一是\n")),
            "brackets" => new string('[', n) + "一是学习不深" + new string(']', n) + "\n",
            "emphasis" => string.Concat(Enumerable.Repeat("*甲 ", n)) + string.Concat(Enumerable.Repeat(" 乙*", n)) + "\n",
            _ => string.Concat(Enumerable.Repeat("[甲", n)) + "](u)" + "\n",
        };

        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown));

        Assert.Null(ImportAccounting.Check(text, result));
    }
}
