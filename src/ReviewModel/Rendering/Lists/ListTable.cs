using System;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Rendering.Lists;

/// <summary>A titled table of text cells: one view of the rectification lists, ready to write out.</summary>
public sealed record ListTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="title">The table's title, e.g. 整改清单.</param>
    /// <param name="columns">The column headings.</param>
    /// <param name="rows">The rows; each has exactly one cell per column.</param>
    /// <exception cref="ArgumentException">A row has a different number of cells than there are columns.</exception>
    public ListTable(string title, ValueList<string> columns, ValueList<ValueList<string>> rows)
    {
        Title = Guard.NotNull(title, nameof(title));
        Columns = Guard.NotNull(columns, nameof(columns));
        Rows = Guard.NotNull(rows, nameof(rows));
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i] is null || Rows[i].Count != Columns.Count || Rows[i].Any(c => c is null))
            {
                throw new ArgumentException(
                    $"第 {i + 1} 行应有 {Columns.Count} 个非空单元格 (row {i + 1} must have {Columns.Count} non-null cells).",
                    nameof(rows));
            }
        }
    }

    /// <summary>The table's title.</summary>
    public string Title { get; }

    /// <summary>The column headings.</summary>
    public ValueList<string> Columns { get; }

    /// <summary>The rows, one cell per column.</summary>
    public ValueList<ValueList<string>> Rows { get; }
}
