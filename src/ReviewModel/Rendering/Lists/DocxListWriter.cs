using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Rendering.Docx;

namespace ReviewModel.Rendering.Lists;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes list tables into a landscape A4 DOCX in the official fonts: each table under a 小标宋 title
/// and a 楷体 line naming the material, a 黑体 header row that repeats on every page, 仿宋 cells, and
/// the same —1— page numbers as the material. Each further table starts on a new page.
/// </summary>
internal static class DocxListWriter
{
    public static void Write(System.IO.Stream output, string documentTitle, IReadOnlyList<ListTable> tables, DocxOptions options, CancellationToken cancellationToken)
    {
        DocxPackage.Write(
            output,
            options,
            new DocxMetadata(documentTitle.Trim() + "——整改清单", "整改清单", null, null),
            landscape: true,
            (body, geometry) =>
            {
                for (var t = 0; t < tables.Count; t++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var table = tables[t];
                    var title = DocxPackage.Paragraph(DocxStyleIds.Title, table.Title);
                    if (t > 0)
                    {
                        title.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
                    }

                    body.Append(title);
                    body.Append(DocxPackage.Paragraph(DocxStyleIds.Byline, "（" + documentTitle.Trim() + "）"));
                    body.Append(CreateTable(table, geometry.TextWidth, options.TableSizePt));

                    // Word requires a paragraph after a table at the end of the body or before a page break.
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.TableText })));
                }
            },
            cancellationToken);
    }

    private static Table CreateTable(ListTable table, int textWidth, double sizePt)
    {
        var widths = ColumnWidths(table, textWidth, sizePt);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Text(w) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyleIds.TableGrid },
                new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0620" }), // header row; no banding (the hex form Word 2007 also reads)
            grid);

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(Cell(table.Columns[c], widths[c], DocxStyleIds.TableHeader, centred: false));
        }

        result.Append(header);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var tableRow = new TableRow();
            for (var c = 0; c < row.Count; c++)
            {
                var continues = table.ContinuesAbove(r, c);
                var cell = Cell(continues ? string.Empty : row[c], widths[c], DocxStyleIds.TableText, centred: c == 0);
                var merge = continues ? new VerticalMerge()
                    : r + 1 < table.Rows.Count && table.ContinuesAbove(r + 1, c) ? new VerticalMerge { Val = MergedCellValues.Restart }
                    : null;
                if (merge is not null)
                {
                    // Schema order: tcW, …, vMerge, …, vAlign.
                    cell.TableCellProperties!.InsertAfter(merge, cell.TableCellProperties.TableCellWidth);
                }

                tableRow.Append(cell);
            }

            result.Append(tableRow);
        }

        return result;
    }

    private static TableCell Cell(string text, int width, string styleId, bool centred)
    {
        var paragraph = DocxPackage.Paragraph(styleId, text);
        if (centred)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        }

        return new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = Text(width), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            paragraph);
    }

    /// <summary>
    /// Column widths in twips. Each column first gets what must stay on one line: its heading's first
    /// <see cref="HeaderLine"/> characters (so 完成时限 and 责任人 never stand one character a line), its
    /// cells whole when they are all short (up to <see cref="ShortCell"/> characters: names, units), and its
    /// longest date or number (<c>2022年6月30日</c> never breaks). The rest of the width goes to the columns of running text, in proportion to how much longer
    /// their average cell is. Widths count a CJK character as one and a digit or Latin letter as half.
    /// </summary>
    private static int[] ColumnWidths(ListTable table, int textWidth, double sizePt)
    {
        const int CellMargins = 170;
        var character = DocxGeometry.PointsToTwips(sizePt);
        var count = table.Columns.Count;
        var widths = new int[count];
        var extra = new double[count];
        for (var c = 0; c < count; c++)
        {
            double longest = 0, average = 0, unbreakable = 0;
            foreach (var row in table.Rows)
            {
                var width = DisplayWidth(row[c]);
                longest = Math.Max(longest, width);
                average += width / table.Rows.Count;
                unbreakable = Math.Max(unbreakable, LongestUnbreakable(row[c]));
            }

            // A column of short cells keeps them whole; a column of running text only its dates and numbers.
            var header = Math.Min(HeaderLine, DisplayWidth(table.Columns[c]));
            var need = Math.Max(Math.Max(MinimumColumn, header), Math.Max(unbreakable, longest <= ShortCell ? longest : 0));
            widths[c] = (int)Math.Ceiling(need * character) + CellMargins;
            extra[c] = Math.Max(0, average - need);
        }

        var remaining = textWidth - widths.Sum();
        var totalExtra = extra.Sum();
        if (remaining > 0)
        {
            for (var c = 0; c < count; c++)
            {
                widths[c] += totalExtra > 0 ? (int)Math.Floor(remaining * extra[c] / totalExtra) : remaining / count;
            }
        }
        else
        {
            // Too many columns for the page: shrink them all alike.
            var scale = textWidth / (double)widths.Sum();
            for (var c = 0; c < count; c++)
            {
                widths[c] = Math.Max(1, (int)Math.Floor(widths[c] * scale));
            }
        }

        widths[count - 1] += textWidth - widths.Sum();
        return widths;
    }

    /// <summary>A column whose cells are all up to this many characters wide keeps them on one line (names, units, deadlines).</summary>
    private const double ShortCell = 6;

    /// <summary>Headings keep up to this many characters on one line (完成时限, 责任单位); longer ones wrap.</summary>
    private const double HeaderLine = 4;

    /// <summary>No column is narrower than this many characters.</summary>
    private const double MinimumColumn = 2;

    private static double DisplayWidth(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c < 0x2E80 ? 0.5 : 1;
        }

        return width;
    }

    /// <summary>The widest run of a date or number (digits with 年月日, separators) in the text.</summary>
    private static double LongestUnbreakable(string text)
    {
        double longest = 0, run = 0;
        var digits = false;
        foreach (var c in text)
        {
            var isDigit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
            if (isDigit || (run > 0 && (c is '年' or '月' or '日' or '.' or '-' or '/' or '．')))
            {
                run += c < 0x2E80 ? 0.5 : 1;
                digits |= isDigit;
                continue;
            }

            longest = digits ? Math.Max(longest, run) : longest;
            run = 0;
            digits = false;
        }

        return digits ? Math.Max(longest, run) : longest;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
