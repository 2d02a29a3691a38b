using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// A body table in the genre's columns (序号, 问题, 措施, 责任人, 责任单位, 完成时限, 整改标准): a problem list or a
/// 整改清单. Each row is read as the line a writer would type for it, so the same recognisers make it an element:
/// a problem list's row <c>1.问题（具体表现）</c> with the problem as the bold lead; a 整改清单's row
/// <c>1.措施（问题：…；责任人：…；责任单位：…；完成时限：…；整改标准：…）</c>, whose labelled values become the measure's
/// owners, unit, deadline and standard, and whose problem text links it to that problem. The row's line takes the
/// place of its first cell's paragraph (so its position is the row's); the other cells' paragraphs are left empty
/// (numbers kept). Vertically merged cells repeat the value above; a cell spanning columns counts for each.
/// Any other table is read cell by cell as text.
/// </summary>
internal sealed class GenreTable
{
    /// <summary>Word allows 63 columns; a span or offset beyond this is not a real table's.</summary>
    private const int MaxColumns = 64;

    /// <summary>A vertically merged value longer than this is not repeated in the rows below (it was read once, in its own row).</summary>
    private const int MaxRepeated = 200;

    /// <summary>At most this many characters repeated by merged cells in one table.</summary>
    private const int MaxRepeatedTotal = 1 << 20;

    private readonly Dictionary<W.Paragraph, (string Text, int Bold, int Level)> _lines = new();

    private GenreTable()
    {
    }

    /// <summary>Whether the table holds measures (a 整改清单), not only problems.</summary>
    public bool HasMeasures { get; private set; }

    /// <summary>The genre tables among the body's own tables (not nested ones), by table.</summary>
    public static Dictionary<W.Paragraph, GenreTable> Find(W.Body body)
    {
        var found = new Dictionary<W.Paragraph, GenreTable>();
        foreach (var table in body.Elements<W.Table>())
        {
            if (Read(table) is { } genre)
            {
                foreach (var paragraph in table.Descendants<W.Paragraph>())
                {
                    found[paragraph] = genre;
                }
            }
        }

        return found;
    }

    /// <summary>The line that stands for <paramref name="paragraph"/>: the row's typed line, or empty; with the line's bold lead length (-1 none).</summary>
    public (string Text, int Bold) LineOf(W.Paragraph paragraph, string? heading)
    {
        if (!_lines.TryGetValue(paragraph, out var line))
        {
            return (string.Empty, -1);
        }

        if (line.Level > 0)
        {
            // The header row's first cell: a section heading for the rows when they stand outside their section.
            return heading is null ? (string.Empty, -1) : (heading, -1);
        }

        return (line.Text, line.Bold);
    }

    /// <summary>Whether <paramref name="paragraph"/> is the header row's first paragraph (where a heading may go).</summary>
    public bool IsHeadingSlot(W.Paragraph paragraph) => _lines.TryGetValue(paragraph, out var line) && line.Level > 0;

    private static GenreTable? Read(W.Table table)
    {
        var rows = table.Elements<W.TableRow>().Select(Cells).ToList();
        if (rows.Count < 2)
        {
            return null;
        }

        var headerCells = new string[rows[0].Count == 0 ? 0 : rows[0].Max(c => c.Column + c.Span)];
        foreach (var cell in rows[0])
        {
            for (var k = cell.Column; k < cell.Column + cell.Span; k++)
            {
                headerCells[k] = cell.Text;
            }
        }

        if (GenreTableLayout.FromHeader(headerCells.Select(h => h ?? string.Empty).ToList()) is not { } layout)
        {
            return null;
        }

        var genre = new GenreTable { HasMeasures = layout.HasMeasures };
        var columnCount = layout.Count;
        var header = rows[0].SelectMany(c => c.Paragraphs).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            genre._lines[header[i]] = (string.Empty, -1, i == 0 ? 1 : 0);
        }

        var above = new string[columnCount];
        var budget = MaxRepeatedTotal;
        var number = 0;
        for (var r = 1; r < rows.Count; r++)
        {
            var values = new string[columnCount];
            foreach (var cell in rows[r])
            {
                for (var k = cell.Column; k < cell.Column + cell.Span && k < columnCount; k++)
                {
                    if (k > cell.Column && headerCells[k] == headerCells[k - 1])
                    {
                        continue; // one header over both grid columns: one column, its value once
                    }

                    // A merged cell repeats the value above, short ones only and within a budget: a hostile file cannot
                    // multiply a text by its rows.
                    if (cell.Continues && above[k] is { Length: <= MaxRepeated } repeated && (budget -= repeated.Length) >= 0)
                    {
                        values[k] = repeated;
                    }
                    else
                    {
                        values[k] = cell.Continues ? string.Empty : cell.Text;
                    }
                }
            }

            for (var k = 0; k < columnCount; k++)
            {
                above[k] = values[k] ?? string.Empty;
            }

            var paragraphs = rows[r].SelectMany(c => c.Paragraphs).ToList();
            string text;
            var bold = -1;
            if (rows[r].All(c => c.Continues || c.Text.Length == 0) || layout.RowLine(values, number + 1, out bold) is not { } line)
            {
                text = string.Empty; // an empty row
                bold = -1;
            }
            else
            {
                number++;
                text = line;
            }

            for (var i = 0; i < paragraphs.Count; i++)
            {
                genre._lines[paragraphs[i]] = (i == 0 ? text : string.Empty, i == 0 ? bold : -1, 0);
            }
        }

        return genre;
    }

    /// <summary>A row's cells with their grid column, span, whether they continue a vertical merge, text and paragraphs.</summary>
    private static List<(int Column, int Span, bool Continues, string Text, List<W.Paragraph> Paragraphs)> Cells(W.TableRow row)
    {
        var cells = new List<(int, int, bool, string, List<W.Paragraph>)>();
        var column = Math.Min(MaxColumns, Math.Max(0, row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0));
        foreach (var cell in row.Elements<W.TableCell>())
        {
            var properties = cell.TableCellProperties;
            var span = Math.Min(MaxColumns, Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1));
            var merge = properties?.VerticalMerge;
            var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
            var paragraphs = cell.Descendants<W.Paragraph>().ToList();
            var text = new StringBuilder();
            foreach (var paragraph in paragraphs)
            {
                text.Append(TextOf(paragraph));
            }

            cells.Add((column, span, continues, text.ToString().Trim(), paragraphs));
            column = Math.Min(MaxColumns, column + span);
        }

        return cells;
    }

    private static string TextOf(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is W.Text t && !t.Ancestors<W.DeletedRun>().Any() && !t.Ancestors<W.MoveFromRun>().Any())
            {
                text.Append(t.Text);
            }
        }

        return text.ToString().Replace('\n', ' ').Replace('\r', ' ');
    }
}
