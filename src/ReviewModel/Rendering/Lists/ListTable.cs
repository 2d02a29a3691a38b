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

    /// <summary>
    /// For writers that can merge cells (DOCX): for each column, the column whose cell names the element
    /// this column describes, or -1 when the column's cells are never merged. Two adjacent rows share one
    /// merged cell in a column when both that cell and their (non-empty) key cell are equal — so a measure that
    /// addresses several problems is shown once beside them. Null: no merging.
    /// </summary>
    /// <exception cref="ArgumentException">Not one entry per column, or an entry out of range.</exception>
    public ValueList<int>? MergeKeys
    {
        get => _mergeKeys;
        init
        {
            if (value is not null && (value.Count != Columns.Count || value.Any(k => k < -1 || k >= Columns.Count)))
            {
                throw new ArgumentException(
                    $"合并键须为每列一个列号或 -1 (MergeKeys needs one column index or -1 for each of the {Columns.Count} columns).",
                    nameof(MergeKeys));
            }

            _mergeKeys = value;
        }
    }

    private readonly ValueList<int>? _mergeKeys;

    /// <summary>Whether row <paramref name="row"/>'s cell in <paramref name="column"/> continues the merged cell of the row above.</summary>
    /// <param name="row">A row index from 1.</param>
    /// <param name="column">A column index.</param>
    internal bool ContinuesAbove(int row, int column)
    {
        if (_mergeKeys is null || row < 1 || _mergeKeys[column] < 0)
        {
            return false;
        }

        var key = _mergeKeys[column];
        return Rows[row][key].Length > 0
            && string.Equals(Rows[row][column], Rows[row - 1][column], StringComparison.Ordinal)
            && string.Equals(Rows[row][key], Rows[row - 1][key], StringComparison.Ordinal);
    }
}
