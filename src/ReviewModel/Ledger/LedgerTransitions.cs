using System;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Ledger;

/// <summary>
/// Which status changes a 整改事项 may make. Every entry starts 未启动; a change not in this table is
/// refused with the reason. Progress without a change of status is always allowed (except after 已销号).
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>from</term><description>allowed to</description></listheader>
/// <item><term>未启动</term><description>推进中, 已完成, 长期坚持</description></item>
/// <item><term>推进中</term><description>已完成, 长期坚持</description></item>
/// <item><term>已完成</term><description>已销号 (needs evidence in the log, the 销号 date and the approver), 推进中 (reopened when a review finds it not done)</description></item>
/// <item><term>长期坚持</term><description>已完成</description></item>
/// <item><term>已销号</term><description>nothing: final</description></item>
/// </list>
/// Going back to 未启动, skipping 已完成 on the way to 已销号, and "changing" to the current status are refused.
/// </remarks>
public static class LedgerTransitions
{
    private static readonly Dictionary<RectificationStatus, RectificationStatus[]> Table = new()
    {
        [RectificationStatus.NotStarted] = new[] { RectificationStatus.InProgress, RectificationStatus.Completed, RectificationStatus.LongTerm },
        [RectificationStatus.InProgress] = new[] { RectificationStatus.Completed, RectificationStatus.LongTerm },
        [RectificationStatus.Completed] = new[] { RectificationStatus.Closed, RectificationStatus.InProgress },
        [RectificationStatus.LongTerm] = new[] { RectificationStatus.Completed },
        [RectificationStatus.Closed] = Array.Empty<RectificationStatus>(),
    };

    /// <summary>The statuses an entry in <paramref name="from"/> may change to.</summary>
    /// <param name="from">The current status.</param>
    public static IReadOnlyList<RectificationStatus> AllowedFrom(RectificationStatus from) =>
        Table.TryGetValue(from, out var to) ? to : Array.Empty<RectificationStatus>();

    /// <summary>Whether the table allows <paramref name="from"/> → <paramref name="to"/> (evidence for 已销号 is checked separately).</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The new status.</param>
    public static bool IsAllowed(RectificationStatus from, RectificationStatus to) => AllowedFrom(from).Contains(to);

    /// <summary>Why a change is refused, in Chinese with English in brackets; null when the table allows it.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The new status.</param>
    public static string? WhyRefused(RectificationStatus from, RectificationStatus to)
    {
        if (IsAllowed(from, to))
        {
            return null;
        }

        if (from == to)
        {
            return $"状态已是“{from.Name()}”，无需变更；只记进展请用 Progress(…) (the status is already {from}; record progress with Progress).";
        }

        if (from == RectificationStatus.Closed)
        {
            return $"事项已销号，不能再改为“{to.Name()}” (the entry is closed; nothing changes after 已销号).";
        }

        if (to == RectificationStatus.Closed)
        {
            return $"不能从“{from.Name()}”直接销号：须先“已完成”并有佐证材料 (only a completed entry with evidence can be closed).";
        }

        var allowed = string.Join("、", AllowedFrom(from).Select(s => "“" + s.Name() + "”"));
        return $"不能从“{from.Name()}”改为“{to.Name()}”，只能改为{allowed} (from {from} the allowed changes are: {string.Join(", ", AllowedFrom(from))}).";
    }
}
