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

    /// <summary>
    /// How many characters a loop over a text reads between two reservations of room (for every character a new pair):
    /// a long text does not make the arrays several times larger than its pairs need.
    /// </summary>
    private const int ReserveChunk = 1 << 12;

    /// <summary>Up to this many indexed texts, a query's result looks at each text; beyond, at a sorted list of those it touched.</summary>
    private const int MaxScannedTexts = 1 << 6;

    /// <summary>
    /// Up to this many indexed texts (the bits of an int), a pair's texts are a bit mask in its slot instead of a chain of
    /// postings, and a query's touched texts are a mask too: a query adds a weight to each bit, in ascending text order.
    /// </summary>
    private const int MaxMaskedTexts = 1 << 5;

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

    /// <summary>
    /// The pairs of the current query that no indexed text holds (each counts once in the query's norm): open addressing,
    /// each pair beside the stamp of the query that added it, so that a new query finds it empty without clearing.
    /// </summary>
    private int[] _unseen = new int[512];
    private int _unseenMask = 255;
    private int _unseenCount;

    /// <summary>A pair's weight by the number of indexed texts holding it (from 1 to one more than <see cref="MaxPostings"/>).</summary>
    private readonly double[] _weights = new double[MaxPostings + 2];
    private Slot[] _slots = new Slot[64];
    private int _slotCount;
    private int _stamp;

    /// <summary>The postings: text index and the next posting of the same pair (-1 at the end).</summary>
    private int[] _postingText = new int[64];
    private int[] _postingNext = new int[64];
    private int _postingCount;

    /// <summary>The slots of each text, in one list: text d's run from <see cref="_textStart"/>[d] to [d + 1].</summary>
    private int[] _textSlots = new int[64];
    private int _textSlotCount;
    private int[] _textStart = new int[8];

    private double[] _norms = new double[4];
    private double _unseenWeight;
    private int _count;

    /// <summary>Whether the index holds at most <see cref="MaxMaskedTexts"/> texts (each slot's <see cref="Slot.Head"/> is then the mask of its texts).</summary>
    private bool _masked;

    // Scratch state of one query, reused so that queries allocate nothing; all zero between queries.
    private uint _touchedMask;
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
        if (_slots.Length > MaxKeptSlots || _table.Size > 2 * MaxKeptSlots || _unseen.Length > 4 * MaxKeptSlots || _stamp > int.MaxValue / 2)
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
        _touchedMask = 0;
        _masked = _count <= MaxMaskedTexts;

        if (_textStart.Length < _count + 1)
        {
            _textStart = new int[_count + 1];
        }

        var length = 0;
        for (var d = 0; d < texts.Count; d++)
        {
            var parts = texts[d];
            for (var p = 0; p < parts.Count; p++)
            {
                length += parts[p].Length; // by index: a foreach over the interface would make an enumerator per text
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
        _textSlotCount = 0;
        foreach (var pair in CommonPairs)
        {
            _slots[_table.GetOrAdd(pair, _slotCount)] = new Slot { Count = Slot.Common, Head = _masked ? 0 : -1 };
            _slotCount++;
        }

        for (var d = 0; d < texts.Count; d++)
        {
            _textStart[d] = _textSlotCount;
            var stamp = ++_stamp;
            var previous = -1; // the last character when it is a keyword character, else -1
            var parts = texts[d];
            for (var p = 0; p < parts.Count; p++)
            {
                Add(parts[p], d, stamp, ref previous);
            }
        }

        _textStart[texts.Count] = _textSlotCount;
        // A pair held by n of the texts weighs log(1 + N / n); none when shared by too many texts to tell them apart.
        _unseenWeight = Math.Log(1 + _count);
        for (var n = 1; n < _weights.Length; n++)
        {
            _weights[n] = n > MaxPostings || (_count > 2 && n > (_count + 1) / 2) ? 0 : Math.Log(1 + ((double)_count / n));
        }

        for (var d = 0; d < texts.Count; d++)
        {
            var sum = 0.0;
            for (var i = _textStart[d]; i < _textStart[d + 1]; i++)
            {
                sum += _weights[_slots[_textSlots[i]].Count]; // counted up to one more than MaxPostings: inside the table
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
        var stamp = ++_stamp;
        _unseenCount = 0;
        var queryNorm = 0.0;
        var previous = -1; // the last character when it is a keyword character, else -1
        for (var p = 0; p < parts.Count; p++)
        {
            Query(parts[p].AsSpan(), stamp, ref previous, ref queryNorm);
        }

        var best = -1;
        var bestScore = 0.0;
        if (_masked)
        {
            // The touched texts' bits, lowest first: ascending text order.
            for (var m = _touchedMask; m != 0; m &= m - 1)
            {
                Score(LowestBit(m), queryNorm, all, ref best, ref bestScore);
            }

            _touchedMask = 0;
        }
        else if (_count <= MaxScannedTexts)
        {
            // Few texts: each is looked at, in order (no list of the touched ones to keep and sort).
            for (var d = 0; d < _count; d++)
            {
                if (_touched[d])
                {
                    Score(d, queryNorm, all, ref best, ref bestScore);
                }
            }
        }
        else
        {
            _touchedList.Sort();
            foreach (var d in _touchedList)
            {
                Score(d, queryNorm, all, ref best, ref bestScore);
            }

            _touchedList.Clear();
        }

        return (best, bestScore);
    }

    /// <summary>Scores text <paramref name="d"/> (touched by the query), keeps the best, and clears its scratch state.</summary>
    private void Score(int d, double queryNorm, List<KeyValuePair<int, double>>? all, ref int best, ref double bestScore)
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

    /// <summary>
    /// Reads a query's text, in runs of at most <see cref="ReserveChunk"/> characters (<see cref="QueryRun"/>).
    /// </summary>
    private void Query(ReadOnlySpan<char> text, int stamp, ref int previous, ref double queryNorm)
    {
        for (var from = 0; from < text.Length; from += ReserveChunk)
        {
            QueryRun(text.Slice(from, Math.Min(ReserveChunk, text.Length - from)), stamp, ref previous, ref queryNorm);
        }
    }

    /// <summary>
    /// Reads a run of a query's text (<paramref name="part"/>, room made first for every character to add a pair): each
    /// pair, the first time the query has it, adds its weight to the query's norm (<paramref name="queryNorm"/>; a pair
    /// in no indexed text weighs <see cref="_unseenWeight"/>) and to each indexed text holding it. Everything the loop
    /// reads per character is in locals.
    /// </summary>
    private void QueryRun(ReadOnlySpan<char> part, int stamp, ref int previous, ref double queryNorm)
    {
        ReserveUnseen(part.Length);
        var table = _table.Reader;
        var keywordChars = KeywordChars.Bits; // the bitmap itself in a local: not loaded from the set per character
        var slots = _slots;
        var weights = _weights;
        var unseen = _unseen;
        var unseenMask = _unseenMask;
        var unseenWeight = _unseenWeight;
        var unseenCount = 0;
        var norm = queryNorm;
        var last = previous;
        var masked = _masked;
        var scores = _scores;
        var touched = 0u;
        for (var i = 0; i < part.Length; i++)
        {
            if (NextPair(keywordChars, part[i], ref last, out var pair))
            {
                var index = table.Get(pair);
                if (index >= 0)
                {
                    ref var slot = ref slots[index];
                    if (slot.Stamp != stamp)
                    {
                        slot.Stamp = stamp; // the query's first time with this pair
                        if (slot.Count > 0)
                        {
                            var weight = weights[slot.Count];
                            norm += weight;
                            if (weight > 0)
                            {
                                if (masked)
                                {
                                    var texts = (uint)slot.Head;
                                    touched |= texts;
                                    for (; texts != 0; texts &= texts - 1)
                                    {
                                        scores[LowestBit(texts)] += weight;
                                    }
                                }
                                else
                                {
                                    AddToTexts(slot.Head, weight);
                                }
                            }
                        }
                    }
                }
                else
                {
                    // In no indexed text: counted once in the norm. The set's places of older queries count as free.
                    for (var u = UnseenHash(pair) & unseenMask; ; u = (u + 1) & unseenMask)
                    {
                        if (unseen[(2 * u) + 1] != stamp)
                        {
                            unseen[2 * u] = pair;
                            unseen[(2 * u) + 1] = stamp;
                            unseenCount++;
                            norm += unseenWeight;
                            break;
                        }

                        if (unseen[2 * u] == pair)
                        {
                            break;
                        }
                    }
                }
            }
        }

        previous = last;
        queryNorm = norm;
        _unseenCount += unseenCount;
        _touchedMask |= touched;
    }

    /// <summary>Adds <paramref name="weight"/> to the score of each text on the chain of postings from <paramref name="head"/>.</summary>
    private void AddToTexts(int head, double weight)
    {
        for (var p = head; p >= 0; p = _postingNext[p])
        {
            var d = _postingText[p];
            if (!_touched[d])
            {
                _touched[d] = true;
                if (_count > MaxScannedTexts)
                {
                    _touchedList.Add(d);
                }
            }

            _scores[d] += weight;
        }
    }

    /// <summary>
    /// Makes the set of unseen pairs large enough to stay at most half full with <paramref name="more"/> pairs added to the
    /// current query's, so that the loop adding them never checks. Its entries are kept with the query's stamp when it grows.
    /// </summary>
    private void ReserveUnseen(int more)
    {
        if ((long)(_unseenCount + more) * 2 <= _unseenMask + 1)
        {
            return;
        }

        var size = _unseenMask + 1;
        while ((long)(_unseenCount + more) * 2 > size)
        {
            size *= 2;
        }

        var old = _unseen;
        _unseen = new int[size * 2];
        _unseenMask = size - 1;
        for (var k = 0; k < old.Length; k += 2)
        {
            if (old[k + 1] != _stamp)
            {
                continue;
            }

            var u = UnseenHash(old[k]) & _unseenMask;
            while (_unseen[(2 * u) + 1] == _stamp)
            {
                u = (u + 1) & _unseenMask;
            }

            _unseen[2 * u] = old[k];
            _unseen[(2 * u) + 1] = _stamp;
        }
    }

    /// <summary>The index of the lowest set bit of <paramref name="bits"/> (not 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowestBit(uint bits)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(bits);
#else
        var index = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            index++;
        }

        return index;
#endif
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int UnseenHash(int pair) => (int)(((uint)pair * 0x9E3779B1u) >> 7);

    /// <summary>
    /// Indexes one part of text <paramref name="d"/>: each pair, the first time the text has it, gets a posting for the text
    /// (and a slot when new to the index). The arrays are made large enough for the part first, so that the loop never checks.
    /// </summary>
    private void Add(string part, int d, int stamp, ref int previous)
    {
        for (var from = 0; from < part.Length; from += ReserveChunk)
        {
            AddRun(part.AsSpan(from, Math.Min(ReserveChunk, part.Length - from)), d, stamp, ref previous);
        }
    }

    /// <summary>Indexes a run of a part's characters (read as a span: no bounds check per character).</summary>
    private void AddRun(ReadOnlySpan<char> run, int d, int stamp, ref int previous)
    {
        var most = run.Length; // at most one new pair per character
        Reserve(ref _slots, _slotCount + most);
        Reserve(ref _textSlots, _textSlotCount + most);
        if (_postingText.Length < _postingCount + most)
        {
            Reserve(ref _postingText, _postingCount + most);
            Reserve(ref _postingNext, _postingCount + most);
        }

        var keywordChars = KeywordChars.Bits; // the bitmap itself in a local: not loaded from the set per character
        _table.Reserve(_slotCount + most);
        var table = _table.Writer;
        var slots = _slots;
        var textSlots = _textSlots;
        var postingText = _postingText;
        var postingNext = _postingNext;
        var masked = _masked;
        var newHead = masked ? 0 : -1;
        var bit = masked ? 1 << d : 0;
        int slotCount = _slotCount, textSlotCount = _textSlotCount, postingCount = _postingCount;
        var last = previous;
        for (var i = 0; i < run.Length; i++)
        {
            if (NextPair(keywordChars, run[i], ref last, out var pair))
            {
                var index = table.GetOrAdd(pair, slotCount);
                if (index == slotCount)
                {
                    slots[slotCount++] = new Slot { Head = newHead }; // new to the index
                }

                ref var slot = ref slots[index];
                if (slot.Count != Slot.Common && slot.Stamp != stamp)
                {
                    slot.Stamp = stamp; // the text's first time with this pair
                    textSlots[textSlotCount++] = index;
                    if (slot.Count <= MaxPostings)
                    {
                        if (masked)
                        {
                            slot.Head |= bit;
                        }
                        else
                        {
                            // Newest first: a query only sums per text, so the order of a pair's postings does not matter.
                            postingText[postingCount] = d;
                            postingNext[postingCount] = slot.Head;
                            slot.Head = postingCount++;
                        }

                        slot.Count++;
                    }
                }
            }
        }

        previous = last;
        _table.Added(slotCount - _slotCount);
        _slotCount = slotCount;
        _textSlotCount = textSlotCount;
        _postingCount = postingCount;
    }

    /// <summary>
    /// Reads character <paramref name="c"/> of a text: whether it makes a keyword pair (<paramref name="pair"/>,
    /// <c>a &lt;&lt; 16 | b</c>) with the character before it (<paramref name="last"/>: the last character when it is a keyword
    /// character, else -1; updated).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NextPair(ulong[] keywordChars, char c, ref int last, out int pair)
    {
        if (!CharSet.Contains(keywordChars, c))
        {
            last = -1;
            pair = 0;
            return false;
        }

        pair = (last << 16) | c;
        var made = last >= 0;
        last = c;
        return made;
    }

    /// <summary>Makes <paramref name="array"/> at least <paramref name="length"/> long (doubling, keeping its content).</summary>
    private static void Reserve<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }

    /// <summary>What the index knows of one pair: how many texts hold it (or <see cref="Common"/>), the chain of their postings, and the last text or query that saw it.</summary>
    private struct Slot
    {
        /// <summary>The count of a common pair, which is never a keyword.</summary>
        public const int Common = -1;

        public int Count;

        /// <summary>The pair's first posting (-1 when none), or in an index of at most <see cref="MaxMaskedTexts"/> texts the bit mask of the texts holding it.</summary>
        public int Head;

        public int Stamp;
    }
}
