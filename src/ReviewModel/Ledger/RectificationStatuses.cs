using System;
using System.Collections.Generic;

namespace ReviewModel.Ledger;

/// <summary>The Chinese names of <see cref="RectificationStatus"/>, formatted and parsed in one place.</summary>
public static class RectificationStatuses
{
    private static readonly string[] Names = { "未启动", "推进中", "已完成", "长期坚持", "已销号" };

    private static readonly Dictionary<string, RectificationStatus> ByName = CreateIndex();

    /// <summary>Every status, in the order of <see cref="RectificationStatus"/>.</summary>
    public static IReadOnlyList<RectificationStatus> All { get; } = new[]
    {
        RectificationStatus.NotStarted, RectificationStatus.InProgress, RectificationStatus.Completed,
        RectificationStatus.LongTerm, RectificationStatus.Closed,
    };

    /// <summary>The Chinese names, in the order of <see cref="All"/> (the workbook's drop-down list).</summary>
    public static IReadOnlyList<string> AllNames { get; } = Names;

    /// <summary>The Chinese name: 未启动, 推进中, 已完成, 长期坚持 or 已销号.</summary>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined status.</exception>
    public static string Name(this RectificationStatus status) =>
        (int)status >= 0 && (int)status < Names.Length
            ? Names[(int)status]
            : throw new ArgumentOutOfRangeException(nameof(status), status, "未知的整改状态 (unknown status).");

    /// <summary>
    /// Parses a status by its Chinese name (surrounding white space ignored) or its English member name
    /// (<c>InProgress</c>, case-insensitive).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="status">The status, when the text names one.</param>
    /// <returns>Whether the text names a status.</returns>
    public static bool TryParse(string? text, out RectificationStatus status)
    {
        status = RectificationStatus.NotStarted;
        if (text is null)
        {
            return false;
        }

        return ByName.TryGetValue(text.Trim(), out status);
    }

    private static Dictionary<string, RectificationStatus> CreateIndex()
    {
        var index = new Dictionary<string, RectificationStatus>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            var status = (RectificationStatus)i;
            index[Names[i]] = status;
            index[status.ToString()] = status;
        }

        return index;
    }
}
