using System;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Import;

/// <summary>
/// Finds, for a text, the most similar of a set of texts by shared distinctive character pairs
/// (CJK bigrams without function words, weighted by rarity). Pairs shared by many texts are ignored,
/// so a query costs at most a constant per pair: linear in the text, whatever the set.
/// </summary>
/// <remarks>
/// Postings live in flat arrays (one chain per pair) and a query adds into one score array reused
/// between queries, so a query allocates nothing. An index is used by one thread at a time.
/// </remarks>
internal sealed class KeywordIndex
{
    private const int MaxPostings = ImportThresholds.MaxKeywordPostings;
    private const string FunctionChars = "的了是在和与及对不有为一等中上个这也要把将以其之着并或而但又从被所就都使于让";

    /// <summary>One bit per UTF-16 code unit: whether it is one of <see cref="FunctionChars"/>.</summary>
    private static readonly ulong[] FunctionBits = CreateFunctionBits();

    private static readonly int[] CommonPairs =
        new[] { "问题", "工作", "方面", "存在", "进一", "一步", "不够", "还有", "没有", "有些", "一些", "同志", "班子", "成员", "我们", "自己", "情况", "认识" }
            .Select(w => (w[0] << 16) | w[1]).ToArray();

    /// <summary>Pair → slot. Common pairs have a slot marked <see cref="Slot.Common"/>.</summary>
    private readonly PairTable _table;

    /// <summary>The pairs of the current query that no indexed text holds (each counts once in the query's norm).</summary>
    private readonly StampedSet _unseen = new();
    private Slot[] _slots;
    private int _slotCount;
    private int _stamp;

    /// <summary>The postings: text index and the next posting of the same pair (-1 at the end).</summary>
    private int[] _postingText;
    private int[] _postingNext;
    private int _postingCount;

    private readonly double[] _norms;
    private readonly double[] _logs;
    private readonly double _unseenWeight;
    private readonly int _count;

    // Scratch state of one query, reused so that queries allocate nothing.
    private readonly double[] _scores;
    private readonly bool[] _touched;
    private readonly List<int> _touchedList = new();

    /// <summary>Indexes texts each given in parts, read as if concatenated (pairs across the parts' boundaries count).</summary>
    public KeywordIndex(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        _count = texts.Count;
        _scores = new double[_count];
        _touched = new bool[_count];
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
        _table = new PairTable(expected);
        _slots = new Slot[expected];
        _postingText = new int[expected];
        _postingNext = new int[expected];
        foreach (var pair in CommonPairs)
        {
            _slots[_table.GetOrAdd(pair, _slotCount)] = new Slot { Count = Slot.Common, Head = -1 };
            _slotCount++;
        }

        var slotsOf = new List<int>[texts.Count];
        for (var d = 0; d < texts.Count; d++)
        {
            var slots = new List<int>();
            _stamp++;
            var previous = '\0';
            foreach (var part in texts[d])
            {
                foreach (var c in part)
                {
                    if (IsKeywordChar(previous) && IsKeywordChar(c))
                    {
                        AddPair(d, (previous << 16) | c, slots);
                    }

                    previous = c;
                }
            }

            slotsOf[d] = slots;
        }

        _unseenWeight = Math.Log(1 + _count);
        _logs = new double[MaxPostings + 2];
        for (var n = 1; n < _logs.Length; n++)
        {
            _logs[n] = Math.Log(1 + ((double)_count / n));
        }

        _norms = new double[texts.Count];
        for (var d = 0; d < texts.Count; d++)
        {
            var sum = 0.0;
            foreach (var slot in slotsOf[d])
            {
                sum += Weight(_slots[slot].Count);
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
        var previous = '\0';
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                if (IsKeywordChar(previous) && IsKeywordChar(c))
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
    private void AddPair(int d, int pair, List<int> slotsOfText)
    {
        var index = SlotOf(pair);
        ref var slot = ref _slots[index];
        if (slot.Count == Slot.Common || slot.Stamp == _stamp)
        {
            return;
        }

        slot.Stamp = _stamp;
        slotsOfText.Add(index);
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

    private double Weight(int count)
    {
        if (count > MaxPostings || (_count > 2 && count > (_count + 1) / 2))
        {
            return 0; // shared by too many texts to tell them apart
        }

        return _logs[count];
    }

    /// <summary>A character a keyword pair is made of: CJK, not a function word.</summary>
    private static bool IsKeywordChar(char c) => Chars.IsCjk(c) && (FunctionBits[c >> 6] & (1UL << (c & 63))) == 0;

    private static ulong[] CreateFunctionBits()
    {
        var bits = new ulong[65536 / 64];
        foreach (var c in FunctionChars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

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
    /// An open-addressing hash table from pair (never 0: both characters are CJK) to slot number, with linear probing,
    /// kept at most three quarters full. Cheaper than a dictionary for the one lookup per character pair that indexing and queries make.
    /// </summary>
    private sealed class PairTable
    {
        private int[] _keys;
        private int[] _values;
        private int _shift;
        private int _count;

        public PairTable(int expected)
        {
            var size = 16;
            while (size * 3 < expected * 4)
            {
                size <<= 1;
            }

            _keys = new int[size];
            _values = new int[size];
            _shift = 32 - Log2(size);
        }

        /// <summary>The value of <paramref name="key"/>, or -1.</summary>
        public int Get(int key)
        {
            var mask = _keys.Length - 1;
            for (var i = Hash(key); ; i = (i + 1) & mask)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }

                if (_keys[i] == 0)
                {
                    return -1;
                }
            }
        }

        /// <summary>The value of <paramref name="key"/>, or <paramref name="value"/> after adding it when absent.</summary>
        public int GetOrAdd(int key, int value)
        {
            var mask = _keys.Length - 1;
            for (var i = Hash(key); ; i = (i + 1) & mask)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }

                if (_keys[i] == 0)
                {
                    _keys[i] = key;
                    _values[i] = value;
                    if (++_count * 4 > _keys.Length * 3)
                    {
                        Grow();
                    }

                    return value;
                }
            }
        }

        private int Hash(int key) => (int)(((uint)key * 0x9E3779B1u) >> _shift);

        private void Grow()
        {
            var keys = _keys;
            var values = _values;
            _keys = new int[keys.Length * 2];
            _values = new int[keys.Length * 2];
            _shift--;
            var mask = _keys.Length - 1;
            for (var k = 0; k < keys.Length; k++)
            {
                if (keys[k] == 0)
                {
                    continue;
                }

                var i = Hash(keys[k]);
                while (_keys[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                _keys[i] = keys[k];
                _values[i] = values[k];
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
    }

    /// <summary>
    /// A set of pairs that empties itself when the stamp changes (one query to the next), without clearing:
    /// an entry of an older stamp counts as free. Open addressing with linear probing, kept at most half full
    /// with the current stamp's entries. Since every older entry turned stale at the same moment, a probe may
    /// stop at the first stale or empty place.
    /// </summary>
    private sealed class StampedSet
    {
        private int[] _keys = new int[256];
        private int[] _stamps = new int[256];
        private int _stamp;
        private int _count;

        /// <summary>Adds <paramref name="key"/> under <paramref name="stamp"/>; whether it was not there yet.</summary>
        public bool Add(int key, int stamp)
        {
            if (stamp != _stamp)
            {
                _stamp = stamp;
                _count = 0;
            }

            var mask = _keys.Length - 1;
            for (var i = Hash(key, mask); ; i = (i + 1) & mask)
            {
                if (_stamps[i] != _stamp)
                {
                    _keys[i] = key;
                    _stamps[i] = _stamp;
                    if (++_count * 2 > _keys.Length)
                    {
                        Grow();
                    }

                    return true;
                }

                if (_keys[i] == key)
                {
                    return false;
                }
            }
        }

        private static int Hash(int key, int mask) => (int)(((uint)key * 0x9E3779B1u) >> 7) & mask;

        private void Grow()
        {
            var keys = _keys;
            var stamps = _stamps;
            _keys = new int[keys.Length * 2];
            _stamps = new int[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var k = 0; k < keys.Length; k++)
            {
                if (stamps[k] != _stamp)
                {
                    continue;
                }

                var i = Hash(keys[k], mask);
                while (_stamps[i] == _stamp)
                {
                    i = (i + 1) & mask;
                }

                _keys[i] = keys[k];
                _stamps[i] = _stamp;
            }
        }
    }
}
