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
                    body.Append(CreateTable(table, geometry.TextWidth));

                    // Word requires a paragraph after a table at the end of the body or before a page break.
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.TableText })));
                }
            },
            cancellationToken);
    }

    private static Table CreateTable(ListTable table, int textWidth)
    {
        var widths = ColumnWidths(table, textWidth);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Text(w) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyleIds.TableGrid },
                new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
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

    /// <summary>Column widths in twips: the number column narrow, the rest by how much text they hold.</summary>
    private static int[] ColumnWidths(ListTable table, int textWidth)
    {
        var weights = new double[table.Columns.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            if (c == 0 && table.Columns[c] == "序号")
            {
                weights[c] = 1.6;
                continue;
            }

            var average = table.Rows.Count == 0 ? 0 : table.Rows.Average(r => (double)r[c].Length);
            weights[c] = Math.Max(Math.Max(2.5, table.Columns[c].Length * 0.9), Math.Min(12, Math.Sqrt(average) * 1.6));
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(textWidth * w / total)).ToArray();
        widths[widths.Length - 1] += textWidth - widths.Sum();
        return widths;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
