using System;
using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Import;

/// <summary>
/// The columns of a table in the genre's layout — a problem list or a 整改清单 (序号, 问题, 问题表现, 整改措施,
/// 责任人, 责任单位, 完成时限, 整改标准) — and the line a writer would type for each of its rows, so that the same
/// recognisers make it an element. A problem list's row reads <c>1.问题具体表现</c>, with the problem as the bold
/// lead; a 整改清单's row <c>1.措施（问题：…；责任人：…；责任单位：…；完成时限：…；整改标准：…）</c>, whose labelled
/// values become the measure's owners, unit, deadline and standard and whose problem links it. A column the genre
/// does not name (备注, 整改进度) is kept as <c>列名：值</c>, so nothing of the table is lost. Used by the DOCX reader
/// for Word tables and by the text import for tab-separated rows (a table pasted as text).
/// </summary>
internal sealed class GenreTableLayout
{
    private static readonly (string Header, GenreColumn Column)[] Headers =
    {
        ("序号", GenreColumn.Number), ("编号", GenreColumn.Number),
        ("存在问题", GenreColumn.Problem), ("存在的问题", GenreColumn.Problem), ("问题清单", GenreColumn.Problem), ("查摆问题", GenreColumn.Problem), ("具体问题", GenreColumn.Problem), ("主要问题", GenreColumn.Problem), ("问题", GenreColumn.Problem),
        ("问题表现", GenreColumn.Detail), ("具体表现", GenreColumn.Detail), ("表现", GenreColumn.Detail),
        ("整改措施", GenreColumn.Measure), ("措施", GenreColumn.Measure), ("整改任务", GenreColumn.Measure),
        ("责任人", GenreColumn.Owner), ("责任领导", GenreColumn.Owner), ("牵头领导", GenreColumn.Owner),
        ("责任单位", GenreColumn.Unit), ("责任部门", GenreColumn.Unit), ("牵头单位", GenreColumn.Unit), ("牵头部门", GenreColumn.Unit),
        ("完成时限", GenreColumn.Deadline), ("整改时限", GenreColumn.Deadline), ("完成时间", GenreColumn.Deadline), ("时限", GenreColumn.Deadline),
        ("整改标准", GenreColumn.Standard), ("整改目标", GenreColumn.Standard), ("完成标准", GenreColumn.Standard),
    };

    /// <summary>How much longer than a known header a header may be and still name that column (<see cref="ImportThresholds.MaxTableHeaderSuffix"/>).</summary>
    private const int MaxHeaderSuffix = ImportThresholds.MaxTableHeaderSuffix;

    private readonly GenreColumn[] _columns;
    private readonly string[] _names;

    private GenreTableLayout(GenreColumn[] columns, string[] names)
    {
        _columns = columns;
        _names = names;
        HasMeasures = Array.IndexOf(columns, GenreColumn.Measure) >= 0;
    }

    /// <summary>Whether the table holds measures (a 整改清单), not only problems.</summary>
    public bool HasMeasures { get; }

    /// <summary>The number of columns.</summary>
    public int Count => _columns.Length;

    /// <summary>The layout named by a header row, or null when the row is not the genre's: it must name a problem or
    /// a measure column and at least one other genre column.</summary>
    public static GenreTableLayout? FromHeader(IReadOnlyList<string> header)
    {
        var columns = new GenreColumn[header.Count];
        var names = new string[header.Count];
        var hasMain = false;
        var others = 0;
        for (var i = 0; i < header.Count; i++)
        {
            names[i] = Compact(header[i]);
            columns[i] = ColumnOf(names[i]);
            if (columns[i] is GenreColumn.Problem or GenreColumn.Measure)
            {
                hasMain = true;
            }
            else if (columns[i] != GenreColumn.Other)
            {
                others++;
            }
        }

        return hasMain && others > 0 ? new GenreTableLayout(columns, names) : null;
    }

    /// <summary>
    /// The typed line for a row's cell values (one per column; missing or null values are empty), numbered
    /// <paramref name="number"/>, or null for an empty row. <paramref name="bold"/> is the length of the bold lead
    /// (a problem list's problem), or -1.
    /// </summary>
    public string? RowLine(IReadOnlyList<string?> values, int number, out int bold)
    {
        bold = -1;
        var main = Value(values, HasMeasures ? GenreColumn.Measure : GenreColumn.Problem);
        if (main.Length == 0)
        {
            return null;
        }

        var label = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        var fields = new List<string>();
        string lead;
        if (HasMeasures)
        {
            Add(fields, "问题", Value(values, GenreColumn.Problem), Value(values, GenreColumn.Detail));
            lead = main;
        }
        else
        {
            lead = main + Value(values, GenreColumn.Detail);
        }

        Add(fields, "责任人", Value(values, GenreColumn.Owner));
        Add(fields, "责任单位", Value(values, GenreColumn.Unit));
        Add(fields, "完成时限", Value(values, GenreColumn.Deadline));
        Add(fields, "整改标准", Value(values, GenreColumn.Standard));
        for (var k = 0; k < _columns.Length; k++)
        {
            if (_columns[k] == GenreColumn.Other && k < values.Count && !string.IsNullOrWhiteSpace(values[k]))
            {
                Add(fields, _names[k].Length > 0 ? _names[k] : "备注", values[k]!.Trim());
            }
        }

        if (!HasMeasures && (lead.Length > main.Length || fields.Count > 0))
        {
            bold = label.Length + main.Length;
        }

        return label + lead + (fields.Count == 0 ? string.Empty : "（" + string.Join("；", fields) + "）");
    }

    private static void Add(List<string> fields, string label, params string[] values)
    {
        var value = new StringBuilder();
        foreach (var v in values)
        {
            var text = v.TrimEnd('。');
            if (text.Length > 0)
            {
                value.Append(value.Length > 0 ? "。" : string.Empty).Append(text);
            }
        }

        if (value.Length > 0)
        {
            fields.Add(label + "：" + value);
        }
    }

    private string Value(IReadOnlyList<string?> values, GenreColumn column)
    {
        var text = new StringBuilder();
        for (var k = 0; k < _columns.Length && k < values.Count; k++)
        {
            if (_columns[k] == column && !string.IsNullOrEmpty(values[k]))
            {
                text.Append(values[k]!.Trim());
            }
        }

        return text.ToString();
    }

    private static string Compact(string header)
    {
        var text = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!Chars.IsSpace(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static GenreColumn ColumnOf(string text)
    {
        foreach (var (name, column) in Headers)
        {
            if (text == name)
            {
                return column;
            }
        }

        foreach (var (name, column) in Headers)
        {
            if (name.Length >= 2 && text.StartsWith(name, StringComparison.Ordinal) && text.Length <= name.Length + MaxHeaderSuffix)
            {
                return column;
            }
        }

        return GenreColumn.Other;
    }
}
