using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using ReviewModel.Rendering.Lists;
using ReviewModel.Tests.Rendering.Docx;
using Xunit;

namespace ReviewModel.Tests.Rendering.Lists;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

public class RectificationListWriterTests
{
    private static ReviewDocument Awkward() => ReviewDocument.CreateBuilder()
        .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
        .Problems(p => p.Ungrouped(a => a.Problem("P1", "学习\"不够\"深入, 有时流于形式。", "")))
        .Measures(m => m.Measure("M1", "加强学习|改进文风。", "", x => x.Addresses("P1").Standard("第一行\n第二行").Owner(" 张三")))
        .Build();

    [Fact]
    public void Csv_is_utf8_with_a_bom_crlf_lines_and_rfc4180_quoting()
    {
        var list = RectificationList.From(Awkward());
        using var stream = new MemoryStream();
        RectificationListWriter.WriteCsv(list, stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("序号,存在问题（所属方面）,整改措施,责任人,责任单位,完成时限,整改标准,整改进展/状态,备注\r\n", text);
        Assert.Contains("\"学习\"\"不够\"\"深入, 有时流于形式。\"", text);
        Assert.Contains("\"第一行\n第二行\"", text);
        Assert.EndsWith("\r\n", text);

        // Parsing it back per RFC 4180 gives exactly the table.
        var table = list.ToTable(ListView.Rectification);
        var parsed = ParseCsv(text);
        Assert.Equal(new[] { table.Columns.ToArray() }.Concat(table.Rows.Select(r => r.ToArray())), parsed);
    }

    [Theory]
    [InlineData(ListView.Rectification)]
    [InlineData(ListView.Problems)]
    [InlineData(ListView.Tasks)]
    [InlineData(ListView.Responsibilities)]
    public void Every_view_round_trips_through_csv(ListView view)
    {
        var list = RectificationList.From(DocxTestDocuments.Team());
        using var stream = new MemoryStream();
        RectificationListWriter.WriteCsv(list, stream, view);
        var table = list.ToTable(view);
        var parsed = ParseCsv(Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF'));
        Assert.Equal(table.Rows.Count + 1, parsed.Count);
        Assert.Equal(table.Rows.Select(r => r.ToArray()), parsed.Skip(1));
    }

    [Fact]
    public void Markdown_is_a_table_with_escaped_pipes_and_line_breaks()
    {
        var markdown = RectificationListWriter.ToMarkdown(RectificationList.From(Awkward()));
        var lines = markdown.Split('\n');
        Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
        Assert.Equal("## 整改清单", lines[2]);
        Assert.Equal("| 序号 | 存在问题（所属方面） | 整改措施 | 责任人 | 责任单位 | 完成时限 | 整改标准 | 整改进展/状态 | 备注 |", lines[4]);
        Assert.Equal("|" + string.Concat(Enumerable.Repeat(" --- |", 9)), lines[5]);
        Assert.Equal("| 1 | 学习\"不够\"深入, 有时流于形式。 | 加强学习\\|改进文风。 | 张三 |  |  | 第一行<br>第二行 |  |  |", lines[6]);
        // markdownlint: one top heading first (MD041), no blank line at the end (MD012), one line feed (MD047).
        Assert.EndsWith(" |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_writes_several_views_in_order()
    {
        using var writer = new StringWriter();
        RectificationListWriter.WriteMarkdown(RectificationList.From(DocxTestDocuments.Team()), writer, new[] { ListView.Problems, ListView.Responsibilities });
        var headings = writer.ToString().Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "## 问题清单", "## 责任清单" }, headings);
        var tableRows = writer.ToString().Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| --- ", StringComparison.Ordinal));
        Assert.Equal((5 + 1) + (4 + 1), tableRows);
    }

    [Fact]
    public void Docx_is_a_valid_landscape_table_in_the_official_fonts_with_a_repeating_header_row()
    {
        var list = RectificationList.From(DocxTestDocuments.Team());
        using var stream = new MemoryStream();
        RectificationListWriter.WriteDocx(list, stream);
        using var docx = new DocxReader(stream.ToArray());
        Assert.Empty(docx.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));

        var size = docx.Section.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(16838U, size.Width!.Value);
        Assert.Equal(11906U, size.Height!.Value);

        var table = docx.Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(list.Entries.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(RectificationList.RectificationColumns, rows[0].Elements<TableCell>().Select(c => DocxReader.TextOf(c)));
        Assert.All(rows[0].Descendants<Paragraph>(), p => Assert.Equal(DocxStyleIds.TableHeader, DocxReader.StyleOf(p)));
        Assert.All(rows.Skip(1).SelectMany(r => r.Descendants<Paragraph>()), p => Assert.Equal(DocxStyleIds.TableText, DocxReader.StyleOf(p)));
        // Every cell's text, except where a cell continues a merged one above (written empty, vMerge continue).
        var expected = list.ToTable(ListView.Rectification);
        var cells = rows.Skip(1).Select(r => r.Elements<TableCell>().ToList()).ToList();
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            for (var c = 0; c < expected.Columns.Count; c++)
            {
                var merge = cells[r][c].TableCellProperties!.GetFirstChild<VerticalMerge>();
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                Assert.Equal(continues ? string.Empty : expected.Rows[r][c], DocxReader.TextOf(cells[r][c]));
            }
        }

        // M1 answers two problems: its measure, owner, unit, deadline, standard and status cells are one merged cell
        // down rows 1–2, while the 序号, problem and 备注 cells stay separate.
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var first = cells[0][c].TableCellProperties!.GetFirstChild<VerticalMerge>();
            var second = cells[1][c].TableCellProperties!.GetFirstChild<VerticalMerge>();
            if (c is >= 2 and <= 7)
            {
                Assert.Equal(MergedCellValues.Restart, first!.Val!.Value);
                Assert.True(second is not null && (second.Val is null || second.Val.Value == MergedCellValues.Continue));
            }
            else
            {
                Assert.Null(first);
                Assert.Null(second);
            }
        }

        Assert.Equal("黑体", docx.EastAsiaFont(DocxStyleIds.TableHeader));
        Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(DocxStyleIds.TableText));
        Assert.Equal("24", docx.Effective<FontSize>(DocxStyleIds.TableText)!.Val!.Value);
        Assert.Equal(0, docx.Effective<Spacing>(DocxStyleIds.TableText)!.Val!.Value); // the portrait 28-per-line condensing does not apply
        Assert.Equal(("Title", "整改清单"), docx.Paragraphs()[0]);

        // The columns fill the text width of the landscape page exactly.
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        var textWidth = 16838 - (int)margin.Left!.Value - (int)margin.Right!.Value;
        Assert.Equal(textWidth, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)));
        Assert.Equal(2, docx.Section.Elements<FooterReference>().Count());
    }

    [Fact]
    public void Docx_with_several_views_starts_each_on_a_new_page()
    {
        using var stream = new MemoryStream();
        RectificationListWriter.WriteDocx(RectificationList.From(DocxTestDocuments.Team()), stream, new[] { ListView.Rectification, ListView.Problems, ListView.Tasks, ListView.Responsibilities });
        using var docx = new DocxReader(stream.ToArray());
        Assert.Empty(docx.Validate());
        Assert.Equal(4, docx.Body.Elements<Table>().Count());
        var titles = docx.Body.Elements<Paragraph>().Where(p => DocxReader.StyleOf(p) == DocxStyleIds.Title).ToList();
        Assert.Equal(new[] { "整改清单", "问题清单", "任务清单", "责任清单" }, titles.Select(p => DocxReader.TextOf(p)));
        Assert.Null(titles[0].ParagraphProperties!.PageBreakBefore);
        Assert.All(titles.Skip(1), p => Assert.NotNull(p.ParagraphProperties!.PageBreakBefore));
    }

    [Fact]
    public void Writers_reject_bad_arguments()
    {
        var list = RectificationList.From(DocxTestDocuments.Team());
        Assert.Throws<ArgumentNullException>(() => RectificationListWriter.WriteCsv(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => RectificationListWriter.WriteCsv(list, null!));
        Assert.Throws<ArgumentException>(() => RectificationListWriter.WriteCsv(list, new MemoryStream(new byte[4], false)));
        Assert.Throws<ArgumentNullException>(() => RectificationListWriter.WriteMarkdown(list, null!));
        Assert.Equal("views", Assert.Throws<ArgumentException>(() => RectificationListWriter.WriteDocx(list, new MemoryStream(), Array.Empty<ListView>())).ParamName);
    }

    /// <summary>A small RFC 4180 reader for the round-trip tests.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('"', text[i]);
                Assert.NotEqual('\n', text[i]); // a bare LF outside quotes would break the record
                field.Append(text[i++]);
            }
        }

        Assert.Equal(0, field.Length + fields.Count); // the file ends with CRLF
        return records;
    }
}
