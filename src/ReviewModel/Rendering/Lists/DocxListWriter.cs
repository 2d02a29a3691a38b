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
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow();
            for (var c = 0; c < row.Count; c++)
            {
                tableRow.Append(Cell(row[c], widths[c], DocxStyleIds.TableText, centred: c == 0));
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
    /// Column widths in twips: each column first gets room for its short content (up to four characters,
    /// at least two, and half its header), then the rest of the width goes to the columns with longer
    /// text, in proportion to how much longer their average cell is.
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
            var longest = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r[c].Length);
            var average = table.Rows.Count == 0 ? 0 : table.Rows.Average(r => (double)r[c].Length);
            var need = Math.Min(4, Math.Max(Math.Max(2, (table.Columns[c].Length + 1) / 2), longest));
            widths[c] = (need * character) + CellMargins;
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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
