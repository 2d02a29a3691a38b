using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Finds, for a text, the most similar of a set of texts by shared distinctive character pairs
/// (CJK bigrams without function words, weighted by rarity). Pairs shared by many texts are ignored,
/// so a query costs at most a constant per pair: linear in the text, whatever the set.
/// </summary>
/// <remarks>
/// Postings live in flat arrays (one chain per pair) and a query adds into one score array reused
/// between queries, so a query allocates nothing. An index is used by one thread at a time. Its arrays are kept
/// for the next index the same thread builds (<see cref="Build"/> and <see cref="Dispose"/>), so that importing
/// one file after another does not allocate them again; an index that grew large is let go instead.
/// </remarks>
internal sealed class KeywordIndex : IDisposable
{
    private const int MaxPostings = ImportThresholds.MaxKeywordPostings;
    private const string FunctionChars = "的了是在和与及对不有为一等中上个这也要把将以其之着并或而但又从被所就都使于让";

    /// <summary>The most pair slots an index may hold and still be kept for reuse (beyond, its arrays are let go).</summary>
    private const int MaxKeptSlots = 1 << 14;

    /// <summary>The keyword characters: CJK, not one of <see cref="FunctionChars"/>.</summary>
    private static readonly CharSet KeywordChars = CharSet.Where(c => Chars.IsCjk(c) && FunctionChars.IndexOf(c) < 0);

    private static readonly int[] CommonPairs =
        new[] { "问题", "工作", "方面", "存在", "进一", "一步", "不够", "还有", "没有", "有些", "一些", "同志", "班子", "成员", "我们", "自己", "情况", "认识" }
            .Select(w => (w[0] << 16) | w[1]).ToArray();

    /// <summary>Indexes kept by this thread for reuse (two: link inference holds a measure index and a cause index at once).</summary>
    [ThreadStatic]
    private static KeywordIndex?[]? _kept;

    /// <summary>Pair → slot. Common pairs have a slot marked <see cref="Slot.Common"/>.</summary>
    private readonly PairTable _table = new();

    /// <summary>The pairs of the current query that no indexed text holds (each counts once in the query's norm).</summary>
    private readonly StampedSet _unseen = new();
    private Slot[] _slots = new Slot[64];
    private int _slotCount;
    private int _stamp;

    /// <summary>The postings: text index and the next posting of the same pair (-1 at the end).</summary>
    private int[] _postingText = new int[64];
    private int[] _postingNext = new int[64];
    private int _postingCount;

    /// <summary>The slots of each text, in one list: text d's run from <see cref="_textStart"/>[d] to [d + 1].</summary>
    private readonly List<int> _textSlots = new();
    private int[] _textStart = new int[8];

    private double[] _norms = new double[4];
    private readonly double[] _logs = new double[MaxPostings + 2];
    private double _unseenWeight;
    private int _count;

    // Scratch state of one query, reused so that queries allocate nothing; all zero between queries.
    private double[] _scores = new double[4];
    private bool[] _touched = new bool[4];
    private readonly List<int> _touchedList = new();

    private KeywordIndex()
    {
    }

    /// <summary>Indexes texts each given in parts, read as if concatenated (pairs across the parts' boundaries count).</summary>
    public KeywordIndex(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        Load(texts);
    }

    /// <summary>
    /// An index of <paramref name="texts"/> (each given in parts, read as if concatenated), on arrays this thread kept from an
    /// earlier index when it has one. Dispose it when done, so that the next one can reuse them.
    /// </summary>
    public static KeywordIndex Build(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        KeywordIndex? index = null;
        var kept = _kept;
        if (kept is not null)
        {
            for (var i = 0; i < kept.Length && index is null; i++)
            {
                index = kept[i];
                kept[i] = null;
            }
        }

        index ??= new KeywordIndex();
        index.Load(texts);
        return index;
    }

    /// <summary>Gives the index's arrays back to this thread for the next <see cref="Build"/>, unless they grew large.</summary>
    public void Dispose()
    {
        if (_slots.Length > MaxKeptSlots || _table.Size > 2 * MaxKeptSlots || _stamp > int.MaxValue / 2)
        {
            return; // let a large index go rather than hold its memory; start stamps afresh long before they could wrap
        }

        var kept = _kept ??= new KeywordIndex?[2];
        for (var i = 0; i < kept.Length; i++)
        {
            if (ReferenceEquals(kept[i], this))
            {
                return;
            }
        }

        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] is null)
            {
                kept[i] = this;
                return;
            }
        }
    }

    private void Load(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        _count = texts.Count;
        if (_scores.Length < _count)
        {
            _scores = new double[_count];
            _touched = new bool[_count];
            _norms = new double[_count];
        }
        else
        {
            // Zero after every complete query; cleared anyway, so that a query an exception cut short leaves nothing behind.
            Array.Clear(_scores, 0, _count);
            Array.Clear(_touched, 0, _count);
        }

        _touchedList.Clear();

        if (_textStart.Length < _count + 1)
        {
            _textStart = new int[_count + 1];
        }

        var length = 0;
        foreach (var parts in texts)
        {
            foreach (var part in parts)
            {
                length += part.Length;
            }
        }

        // A text of n characters has at most n - 1 pairs; Chinese prose has about 0.4 n distinct keyword pairs
        // (the sample's causes: 1,186 characters, 448 pairs). Sized for that; the arrays grow if a text has more.
        var expected = Math.Min(length * 2 / 5, 1 << 20) + CommonPairs.Length;
        _table.Reset(expected);
        if (_slots.Length < expected)
        {
            _slots = new Slot[expected];
        }

        if (_postingText.Length < expected)
        {
            _postingText = new int[expected];
            _postingNext = new int[expected];
        }

        _slotCount = 0;
        _postingCount = 0;
        _textSlots.Clear();
        foreach (var pair in CommonPairs)
        {
            _slots[_table.GetOrAdd(pair, _slotCount)] = new Slot { Count = Slot.Common, Head = -1 };
            _slotCount++;
        }

        for (var d = 0; d < texts.Count; d++)
        {
            _textStart[d] = _textSlots.Count;
            _stamp++;
            var previous = -1; // the last character when it is a keyword character, else -1
            foreach (var part in texts[d])
            {
                foreach (var c in part)
                {
                    if (!IsKeywordChar(c))
                    {
                        previous = -1;
                        continue;
                    }

                    if (previous >= 0)
                    {
                        AddPair(d, (previous << 16) | c);
                    }

                    previous = c;
                }
            }
        }

        _textStart[texts.Count] = _textSlots.Count;
        _unseenWeight = Math.Log(1 + _count);
        for (var n = 1; n < _logs.Length; n++)
        {
            _logs[n] = Math.Log(1 + ((double)_count / n));
        }

        for (var d = 0; d < texts.Count; d++)
        {
            var sum = 0.0;
            for (var i = _textStart[d]; i < _textStart[d + 1]; i++)
            {
                sum += Weight(_slots[_textSlots[i]].Count);
            }

            _norms[d] = sum;
        }
    }
    /// <summary>
    /// The best match of the text given in <paramref name="parts"/> (read as if concatenated), and every text's
    /// score added to <paramref name="all"/> when given (index and score, only texts sharing a pair, in ascending index order).
    /// </summary>
    public (int Index, double Score) Best(IReadOnlyList<string> parts, List<KeyValuePair<int, double>>? all)
    {
        _stamp++;
        var queryNorm = 0.0;
        var previous = -1; // the last character when it is a keyword character, else -1
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                if (!IsKeywordChar(c))
                {
                    previous = -1;
                    continue;
                }

                if (previous >= 0)
                {
                    queryNorm = Query((previous << 16) | c, queryNorm);
                }

                previous = c;
            }
        }

        _touchedList.Sort();
        var best = -1;
        var bestScore = 0.0;
        foreach (var d in _touchedList)
        {
            var norm = Math.Sqrt(queryNorm * _norms[d]);
            var score = norm <= 0 ? 0 : _scores[d] / norm;
            all?.Add(new KeyValuePair<int, double>(d, score));
            if (score > bestScore || (score == bestScore && d < best))
            {
                best = d;
                bestScore = score;
            }

            _scores[d] = 0;
            _touched[d] = false;
        }

        _touchedList.Clear();
        return (best, bestScore);
    }

    /// <summary>Adds one pair of a query (the first time it occurs in the query): to the norm, and its weight to each text holding it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Query(int pair, double queryNorm)
    {
        var index = _table.Get(pair);
        if (index < 0)
        {
            return _unseen.Add(pair, _stamp) ? queryNorm + _unseenWeight : queryNorm; // in no indexed text
        }

        ref var slot = ref _slots[index];
        if (slot.Count == Slot.Common || slot.Stamp == _stamp)
        {
            return queryNorm;
        }

        slot.Stamp = _stamp;

        var weight = Weight(slot.Count);
        if (weight <= 0)
        {
            return queryNorm + weight;
        }

        for (var p = slot.Head; p >= 0; p = _postingNext[p])
        {
            var d = _postingText[p];
            if (!_touched[d])
            {
                _touched[d] = true;
                _touchedList.Add(d);
            }

            _scores[d] += weight;
        }

        return queryNorm + weight;
    }

    /// <summary>Adds one pair of text <paramref name="d"/> (the first time it occurs in that text) to the postings.</summary>
    private void AddPair(int d, int pair)
    {
        var index = SlotOf(pair);
        ref var slot = ref _slots[index];
        if (slot.Count == Slot.Common || slot.Stamp == _stamp)
        {
            return;
        }

        slot.Stamp = _stamp;
        _textSlots.Add(index);
        if (slot.Count <= MaxPostings)
        {
            if (_postingCount == _postingText.Length)
            {
                Array.Resize(ref _postingText, _postingCount * 2);
                Array.Resize(ref _postingNext, _postingCount * 2);
            }

            // Newest first: a query only sums per text, so the order of a pair's postings does not matter.
            var posting = _postingCount++;
            _postingText[posting] = d;
            _postingNext[posting] = slot.Head;
            slot.Head = posting;
            slot.Count++;
        }
    }

    /// <summary>The slot of <paramref name="pair"/>, made (with no postings) when the pair is new to the index.</summary>
    private int SlotOf(int pair)
    {
        var slot = _table.GetOrAdd(pair, _slotCount);
        if (slot == _slotCount)
        {
            if (_slotCount == _slots.Length)
            {
                Array.Resize(ref _slots, _slotCount * 2);
            }

            _slots[_slotCount++] = new Slot { Head = -1 };
        }

        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Weight(int count)
    {
        if (count > MaxPostings || (_count > 2 && count > (_count + 1) / 2))
        {
            return 0; // shared by too many texts to tell them apart
        }

        return _logs[count];
    }

    /// <summary>A character a keyword pair is made of: CJK, not a function word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsKeywordChar(char c) => KeywordChars.Contains(c);

    /// <summary>What the index knows of one pair: how many texts hold it (or <see cref="Common"/>), the chain of their postings, and the last text or query that saw it.</summary>
    private struct Slot
    {
        /// <summary>The count of a common pair, which is never a keyword.</summary>
        public const int Common = -1;

        public int Count;
        public int Head;
        public int Stamp;
    }

    /// <summary>
    /// A set of pairs that empties itself when the stamp changes (one query to the next), without clearing:
    /// an entry of an older stamp counts as free. Open addressing with linear probing, kept at most half full
    /// with the current stamp's entries. Since every older entry turned stale at the same moment, a probe may
    /// stop at the first stale or empty place.
    /// </summary>
    private sealed class StampedSet
    {
        // Each key beside its stamp, so that a probe reads one place.
        private int[] _entries = new int[512];
        private int _mask = 255;
        private int _stamp;
        private int _count;

        /// <summary>Adds <paramref name="key"/> under <paramref name="stamp"/>; whether it was not there yet.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Add(int key, int stamp)
        {
            if (stamp != _stamp)
            {
                _stamp = stamp;
                _count = 0;
            }

            var entries = _entries;
            for (var i = Hash(key) & _mask; ; i = (i + 1) & _mask)
            {
                if (entries[(2 * i) + 1] != stamp)
                {
                    entries[2 * i] = key;
                    entries[(2 * i) + 1] = stamp;
                    if (++_count * 2 > _mask + 1)
                    {
                        Grow();
                    }

                    return true;
                }

                if (entries[2 * i] == key)
                {
                    return false;
                }
            }
        }

        private static int Hash(int key) => (int)(((uint)key * 0x9E3779B1u) >> 7);

        private void Grow()
        {
            var entries = _entries;
            _entries = new int[entries.Length * 2];
            _mask = (_mask << 1) | 1;
            for (var k = 0; k < entries.Length; k += 2)
            {
                if (entries[k + 1] != _stamp)
                {
                    continue;
                }

                var i = Hash(entries[k]) & _mask;
                while (_entries[(2 * i) + 1] == _stamp)
                {
                    i = (i + 1) & _mask;
                }

                _entries[2 * i] = entries[k];
                _entries[(2 * i) + 1] = _stamp;
            }
        }
    }
}
