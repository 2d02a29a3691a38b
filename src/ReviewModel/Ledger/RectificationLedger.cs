using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Rendering.Lists;

namespace ReviewModel.Ledger;

/// <summary>
/// The rectification ledger (整改台账) kept after the meeting: one <see cref="LedgerEntry"/> per row of the
/// material's 整改清单 (<see cref="RectificationList"/>: one per problem–measure link, plus a flagged one per
/// problem with no measure and per measure with no problem), each tracked from 未启动 to 已销号. Immutable:
/// <see cref="Update"/> returns a new snapshot. The material it was made from is kept, so the 问题/任务/责任
/// views and next year's section can be produced from the ledger alone.
/// </summary>
public sealed record RectificationLedger
{
    /// <summary>Creates a ledger from its parts (used by serialization; most callers use <see cref="Create"/>).</summary>
    /// <param name="document">The material the ledger tracks.</param>
    /// <param name="entries">The entries, in 整改清单 order.</param>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public RectificationLedger(ReviewDocument document, ValueList<LedgerEntry>? entries)
    {
        Document = Guard.NotNull(document, nameof(document));
        Entries = entries ?? ValueList<LedgerEntry>.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
        {
            if (!seen.Add(Entries[i].Key))
            {
                throw new ArgumentException($"entries[{i}]: 事项编号“{Entries[i].Key}”重复 (duplicate entry key).", nameof(entries));
            }
        }
    }

    /// <summary>The material the ledger tracks.</summary>
    public ReviewDocument Document { get; }

    /// <summary>The entries, in 整改清单 order.</summary>
    public ValueList<LedgerEntry> Entries { get; }

    /// <summary>The material's title.</summary>
    public string Title => Document.Header.Title;

    /// <summary>The meeting date, when the material has one.</summary>
    public LocalDate? MeetingDate => Document.Header.MeetingDate;

    /// <summary>
    /// Creates the ledger of a material: every entry 未启动 with an empty log, deadlines as set in the material.
    /// </summary>
    /// <param name="document">The material.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static RectificationLedger Create(ReviewDocument document, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var list = RectificationList.From(document, cancellationToken);
        var problemIds = new HashSet<string>(document.AllProblems.Select(p => p.Id), StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<LedgerEntry>(list.Entries.Count);
        foreach (var row in list.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = !row.HasMeasure ? LedgerEntryKind.ProblemWithoutMeasure
                : row.ProblemId is null ? LedgerEntryKind.MeasureWithoutProblem
                : problemIds.Contains(row.ProblemId) ? LedgerEntryKind.Linked
                : LedgerEntryKind.UnresolvedProblem;
            var key = kind switch
            {
                LedgerEntryKind.ProblemWithoutMeasure => row.ProblemId!,
                LedgerEntryKind.MeasureWithoutProblem => row.MeasureId!,
                _ => row.ProblemId + "/" + row.MeasureId,
            };
            key = Unique(string.IsNullOrWhiteSpace(key) ? "#" + row.Number : key, keys);
            entries.Add(new LedgerEntry(
                key, kind, row.ProblemId, row.Problem, row.Aspect, row.MeasureId, row.Measure, row.Owners, row.OwningUnit,
                row.Deadline, row.Deadline, row.Standard, RectificationStatus.NotStarted, null, null, null, row.Remark));
        }

        return new RectificationLedger(document, entries.ToValueList());
    }

    /// <summary>The entry with the given key, or null.</summary>
    /// <param name="key">The key, e.g. <c>P1.1/M1</c>.</param>
    public LedgerEntry? Find(string key) => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal));

    /// <summary>
    /// Applies changes through the fluent <see cref="LedgerUpdater"/> and returns the new snapshot; this one is
    /// unchanged. A refused change throws and leaves nothing half done.
    /// </summary>
    /// <param name="change">The changes.</param>
    /// <returns>The ledger after the changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="LedgerUpdateException">A change is refused; the message names the entry's path and key.</exception>
    public RectificationLedger Update(Action<LedgerUpdater> change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var updater = new LedgerUpdater(this);
        change(updater);
        return updater.Result();
    }

    /// <summary>The open entries whose deadline has passed on the clock's current date in <paramref name="zone"/>.</summary>
    /// <param name="clock">The clock (NodaTime's <c>SystemClock.Instance</c>, or a fake in tests).</param>
    /// <param name="zone">The time zone that decides the date; null for Asia/Shanghai.</param>
    public IEnumerable<LedgerEntry> Overdue(IClock clock, DateTimeZone? zone = null)
    {
        var today = Today(clock, zone);
        return Entries.Where(e => e.IsOverdue(today));
    }

    /// <summary>The open entries due within <paramref name="days"/> days of the clock's current date, not yet overdue.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="days">The window in days, 0 or more.</param>
    /// <param name="zone">The time zone that decides the date; null for Asia/Shanghai.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public IEnumerable<LedgerEntry> DueWithin(IClock clock, int days, DateTimeZone? zone = null)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "天数不能为负 (days must not be negative).");
        }

        var today = Today(clock, zone);
        return Entries.Where(e => e.IsDueWithin(today, days));
    }

    /// <summary>
    /// Writes next year's 上年度整改落实情况 section from this ledger: an intro with the counts, one item per aspect whose
    /// entries are 已完成 or 已销号 (what each measure achieved, with its evidence), an item for the 长期坚持 entries and one
    /// for those still 未启动 or 推进中 (each with its status and deadline), and a closing with the counts and how many
    /// were 销号. Put it into next year's material with the builder or <c>new ReviewDocument(…)</c>.
    /// </summary>
    /// <param name="asOf">The date the counts are stated for ("截至2022年12月31日"), or null to leave it out.</param>
    /// <returns>The section, as model elements.</returns>
    public RectificationSection CarryForward(LocalDate? asOf = null) => Ledger.CarryForward.Write(this, asOf);

    /// <summary>The date it is now on <paramref name="clock"/> in <paramref name="zone"/> (Asia/Shanghai when null).</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone, or null for Asia/Shanghai.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock, DateTimeZone? zone = null)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        return clock.GetCurrentInstant().InZone(zone ?? DefaultZone).Date;
    }

    /// <summary>The time zone dates are taken in unless told otherwise: Asia/Shanghai (China Standard Time).</summary>
    public static DateTimeZone DefaultZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    internal int IndexOf(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unique(string key, HashSet<string> keys)
    {
        var candidate = key;
        for (var n = 2; !keys.Add(candidate); n++)
        {
            candidate = key + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
