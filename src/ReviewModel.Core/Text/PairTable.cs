using System;
using System.Runtime.CompilerServices;

namespace ReviewModel.Text;

/// <summary>
/// An open-addressing hash table from a character pair (<c>a &lt;&lt; 16 | b</c>; never 0, which marks an empty place)
/// to a number, with linear probing, made a quarter full and kept at most three quarters full; each key sits beside its
/// value, so a probe reads one place. Cheaper than a dictionary for the one look-up per character pair that the keyword
/// index and the aspect title index make. <see cref="Reset"/> empties it for reuse, keeping its array when that is not
/// much larger than needed.
/// </summary>
internal sealed class PairTable
{
    /// <summary>The largest table sized to be a quarter full (64K places, 512 KB of keys and values).</summary>
    private const int MaxQuarterFullSize = 1 << 16;

    private int[] _entries = new int[32];
    private int _mask = 15;
    private int _shift = 28;
    private int _count;

    /// <summary>The table as it is now, for a loop of look-ups that keeps it in locals (valid until the table next changes).</summary>
    public ReadOnlyView Reader => new(_entries, _mask, _shift);

    /// <summary>
    /// The table as it is now, for a loop that adds keys with the table's array in locals: first <see cref="Reserve"/> room
    /// for every key the loop may add (the view never grows the table), afterwards <see cref="Added"/> the number added.
    /// </summary>
    public WriteView Writer => new(_entries, _mask, _shift);

    /// <summary>Grows the table (if needed) so that it can hold <paramref name="count"/> keys in all without growing.</summary>
    public void Reserve(int count)
    {
        while ((long)count * 4 > (long)(_mask + 1) * 3)
        {
            Grow();
        }
    }

    /// <summary>Counts keys added through a <see cref="WriteView"/>.</summary>
    public void Added(int count) => _count += count;

    /// <summary>How many places the table has.</summary>
    public int Size => _mask + 1;

    /// <summary>Empties the table, sized for <paramref name="expected"/> keys.</summary>
    /// <param name="expected">How many keys the table is sized for (it grows if more come).</param>
    /// <param name="compact">
    /// Whether to size it at most three quarters full rather than a quarter full: for a table read a few hundred times
    /// per use, where its being in the cache matters more than a shorter probe.
    /// </param>
    public void Reset(int expected, bool compact = false)
    {
        // A quarter full while small (most pairs a query looks up are in no indexed text, and a miss probes until an
        // empty place: about 1.4 places at a quarter full, 2.5 at half); large tables are sized for three quarters.
        var size = 16;
        while (size * 3 < expected * 4 || (!compact && size < expected * 4 && size < MaxQuarterFullSize))
        {
            size <<= 1;
        }

        if (_entries.Length < size * 2 || _entries.Length > size * 8)
        {
            _entries = new int[size * 2];
        }
        else
        {
            size = _entries.Length / 2;
            Array.Clear(_entries, 0, _entries.Length);
        }

        _mask = size - 1;
        _shift = 32 - Log2(size);
        _count = 0;
    }

    /// <summary>The value of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int key) => Reader.Get(key);

    /// <summary>The value of <paramref name="key"/>, or <paramref name="value"/> after adding it when absent.</summary>
    public int GetOrAdd(int key, int value)
    {
        var found = GetOrAdd(_entries, _mask, _shift, key, value, out var added);
        if (added && ++_count * 4 > (_mask + 1) * 3)
        {
            Grow();
        }

        return found;
    }

    /// <summary>
    /// The value of <paramref name="key"/> in <paramref name="entries"/> (a table of <paramref name="mask"/> + 1 places),
    /// or -1: linear probing from its hash until the key or an empty place. The one look-up of the table and its views.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Get(int[] entries, int mask, int shift, int key)
    {
        for (var i = (int)(((uint)key * 0x9E3779B1u) >> shift); ; i = (i + 1) & mask)
        {
            var stored = entries[2 * i];
            if (stored == key)
            {
                return entries[(2 * i) + 1];
            }

            if (stored == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// The value of <paramref name="key"/> in <paramref name="entries"/>, or <paramref name="value"/> after putting it in the
    /// empty place where the probe stopped (<paramref name="added"/>; the caller counts it and grows the table). The one
    /// insertion of the table and its views.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int GetOrAdd(int[] entries, int mask, int shift, int key, int value, out bool added)
    {
        for (var i = (int)(((uint)key * 0x9E3779B1u) >> shift); ; i = (i + 1) & mask)
        {
            var stored = entries[2 * i];
            if (stored == key)
            {
                added = false;
                return entries[(2 * i) + 1];
            }

            if (stored == 0)
            {
                entries[2 * i] = key;
                entries[(2 * i) + 1] = value;
                added = true;
                return value;
            }
        }
    }

    private void Grow()
    {
        var entries = _entries;
        _entries = new int[entries.Length * 2];
        _mask = (_mask << 1) | 1;
        _shift--;
        for (var k = 0; k < entries.Length; k += 2)
        {
            if (entries[k] == 0)
            {
                continue;
            }

            GetOrAdd(_entries, _mask, _shift, entries[k], entries[k + 1], out _);
        }
    }

    private static int Log2(int size)
    {
        var log = 0;
        while ((1 << log) < size)
        {
            log++;
        }

        return log;
    }

    /// <summary>A read-only view of the table's array, for a caller to keep in a local while it looks up many keys.</summary>
    internal readonly struct ReadOnlyView
    {
        private readonly int[] _entries;
        private readonly int _mask;
        private readonly int _shift;

        /// <summary>How many places the table had when the view was taken.</summary>
        public int Size => _mask + 1;

        public ReadOnlyView(int[] entries, int mask, int shift)
        {
            _entries = entries;
            _mask = mask;
            _shift = shift;
        }

        /// <summary>The value of <paramref name="key"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Get(int key) => PairTable.Get(_entries, _mask, _shift, key);
    }

    /// <summary>A view of the table's array that adds keys without counting them or growing the table (see <see cref="Writer"/>).</summary>
    internal readonly struct WriteView
    {
        private readonly int[] _entries;
        private readonly int _mask;
        private readonly int _shift;

        public WriteView(int[] entries, int mask, int shift)
        {
            _entries = entries;
            _mask = mask;
            _shift = shift;
        }

        /// <summary>The value of <paramref name="key"/>, or <paramref name="value"/> after adding it when absent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GetOrAdd(int key, int value) => PairTable.GetOrAdd(_entries, _mask, _shift, key, value, out _);
    }
}
