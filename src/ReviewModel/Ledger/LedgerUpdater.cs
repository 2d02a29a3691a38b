using System;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Ledger;

/// <summary>
/// Changes to a ledger, made inside <see cref="RectificationLedger.Update"/>: pick an entry by key (or every
/// entry of a measure) and describe what happened to it.
/// </summary>
public sealed class LedgerUpdater
{
    private readonly RectificationLedger _ledger;
    private readonly LedgerEntry[] _entries;

    internal LedgerUpdater(RectificationLedger ledger)
    {
        _ledger = ledger;
        _entries = ledger.Entries.ToArray();
    }

    /// <summary>Changes the entry with the given key.</summary>
    /// <param name="key">The key, e.g. <c>P1.1/M1</c>.</param>
    /// <param name="change">What happened to it.</param>
    /// <exception cref="LedgerUpdateException">No entry has that key, or a change is refused.</exception>
    public LedgerUpdater Entry(string key, Action<EntryUpdater> change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var index = key is null ? -1 : _ledger.IndexOf(key);
        if (index < 0)
        {
            throw new LedgerUpdateException("entries", null, $"台账中没有事项“{key}” (no entry with key '{key}').");
        }

        Apply(index, change);
        return this;
    }

    /// <summary>Changes every entry of a measure (each problem it addresses) the same way.</summary>
    /// <param name="measureId">The measure's ID, e.g. <c>M1</c>.</param>
    /// <param name="change">What happened.</param>
    /// <exception cref="LedgerUpdateException">No entry belongs to that measure, or a change is refused.</exception>
    public LedgerUpdater Measure(string measureId, Action<EntryUpdater> change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var found = false;
        for (var i = 0; i < _entries.Length; i++)
        {
            if (string.Equals(_entries[i].MeasureId, measureId, StringComparison.Ordinal))
            {
                found = true;
                Apply(i, change);
            }
        }

        if (!found)
        {
            throw new LedgerUpdateException("entries", null, $"台账中没有措施“{measureId}”的事项 (no entry for measure '{measureId}').");
        }

        return this;
    }

    internal RectificationLedger Result() => new(_ledger.Document, _entries.ToValueList());

    private void Apply(int index, Action<EntryUpdater> change)
    {
        var updater = new EntryUpdater(_entries[index], $"entries[{index}]");
        change(updater);
        _entries[index] = updater.Entry;
    }
}
