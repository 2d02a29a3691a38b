using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// A table copied from Word or a spreadsheet and pasted as text: one row a line, cells separated by tabs. When its
/// first row names the genre's columns (<see cref="GenreTableLayout"/>), each row becomes the line a writer would
/// type for it, placed at the row (so findings point at the row's line), and the header row becomes a blank line.
/// Any other tab-separated text is left as it is.
/// </summary>
internal static class TabSeparatedTable
{
    /// <summary>Rewrites the genre tables among <paramref name="lines"/> in place.</summary>
    public static void Rewrite(List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i].Text;
            if (header.AsSpan().IndexOf('\t') < 0 || GenreTableLayout.FromHeader(header.Text.Split('\t')) is not { } layout)
            {
                continue;
            }

            lines[i] = new TextLine(SourceSpan.Empty, 0, -1, raw: lines[i].Raw);
            var number = 0;
            var j = i + 1;
            for (; j < lines.Count && lines[j].Text.AsSpan().IndexOf('\t') >= 0; j++)
            {
                var row = lines[j].Text;
                var cells = Cells(row.Text, layout.Count);
                if (layout.RowLine(cells, number + 1, out var bold) is { } typed)
                {
                    number++;
                    lines[j] = new TextLine(SourceSpan.Inserted(typed, row.OffsetAt(0)), 0, bold, raw: lines[j].Raw);
                }
            }

            i = j - 1;
        }
    }

    /// <summary>The row's cells, one per column; cells beyond the last column join the last one, so nothing is dropped.</summary>
    private static string?[] Cells(string row, int columns)
    {
        var parts = row.Split('\t');
        var cells = new string?[columns];
        for (var k = 0; k < parts.Length; k++)
        {
            var at = k < columns ? k : columns - 1;
            cells[at] = cells[at] is { Length: > 0 } before && k >= columns ? before + " " + parts[k].Trim() : parts[k].Trim();
        }

        return cells;
    }
}
