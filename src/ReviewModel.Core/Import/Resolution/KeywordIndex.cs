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
    private const int MaxPostings = 16;
    private const string FunctionChars = "的了是在和与及对不有为一等中上个这也要把将以其之着并或而但又从被所就都使于让";

    /// <summary>One bit per UTF-16 code unit: whether it is one of <see cref="FunctionChars"/>.</summary>
    private static readonly ulong[] FunctionBits = CreateFunctionBits();

    private static readonly HashSet<int> CommonPairs = new(
        new[] { "问题", "工作", "方面", "存在", "进一", "一步", "不够", "还有", "没有", "有些", "一些", "同志", "班子", "成员", "我们", "自己", "情况", "认识" }
            .Select(w => (w[0] << 16) | w[1]));

    /// <summary>Pair → its slot in <see cref="_counts"/>, <see cref="_heads"/>, <see cref="_tails"/>.</summary>
    private readonly Dictionary<int, int> _slots = new();
    private readonly List<int> _counts = new();
    private readonly List<int> _heads = new();
    private readonly List<int> _tails = new();

    /// <summary>The postings: text index and the next posting of the same pair (-1 at the end).</summary>
    private readonly List<(int Text, int Next)> _postings = new();
    private readonly double[] _norms;
    private readonly double[] _logs;
    private readonly double _unseenWeight;
    private readonly int _count;

    // Scratch state of one query (or one text while building), reused so that queries allocate nothing.
    private readonly HashSet<int> _seen = new();
    private readonly List<int> _pairs = new();
    private readonly double[] _scores;
    private readonly bool[] _touched;
    private readonly List<int> _touchedList = new();

    public KeywordIndex(IReadOnlyList<string> texts)
    {
        _count = texts.Count;
        _scores = new double[_count];
        _touched = new bool[_count];
        var slotsOf = new List<int[]>(texts.Count);
        for (var d = 0; d < texts.Count; d++)
        {
            Pairs(texts[d]);
            var slots = new int[_pairs.Count];
            for (var k = 0; k < _pairs.Count; k++)
            {
                var pair = _pairs[k];
                if (!_slots.TryGetValue(pair, out var slot))
                {
                    slot = _counts.Count;
                    _slots.Add(pair, slot);
                    _counts.Add(0);
                    _heads.Add(-1);
                    _tails.Add(-1);
                }

                slots[k] = slot;
                if (_counts[slot] <= MaxPostings)
                {
                    _postings.Add((d, -1));
                    var posting = _postings.Count - 1;
                    if (_tails[slot] < 0)
                    {
                        _heads[slot] = posting;
                    }
                    else
                    {
                        _postings[_tails[slot]] = (_postings[_tails[slot]].Text, posting);
                    }

                    _tails[slot] = posting;
                    _counts[slot]++;
                }
            }

            slotsOf.Add(slots);
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
                sum += Weight(_counts[slot]);
            }

            _norms[d] = sum;
        }
    }

    /// <summary>The most similar text's index and the similarity (0…1), or (-1, 0).</summary>
    public (int Index, double Score) Best(string text) => Best(text, null);

    /// <summary>The best match of <paramref name="text"/>, and every text's score added to <paramref name="all"/> when given (index and score, only texts sharing a pair, in ascending index order).</summary>
    public (int Index, double Score) Best(string text, List<KeyValuePair<int, double>>? all)
    {
        Pairs(text);
        var queryNorm = 0.0;
        foreach (var pair in _pairs)
        {
            if (!_slots.TryGetValue(pair, out var slot))
            {
                queryNorm += _unseenWeight;
                continue;
            }

            var weight = Weight(_counts[slot]);
            queryNorm += weight;
            if (weight <= 0)
            {
                continue;
            }

            for (var p = _heads[slot]; p >= 0; p = _postings[p].Next)
            {
                var d = _postings[p].Text;
                if (!_touched[d])
                {
                    _touched[d] = true;
                    _touchedList.Add(d);
                }

                _scores[d] += weight;
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

    private double Weight(int count)
    {
        if (count > MaxPostings || (_count > 2 && count > (_count + 1) / 2))
        {
            return 0; // shared by too many texts to tell them apart
        }

        return _logs[count];
    }

    /// <summary>The distinctive pairs of <paramref name="text"/> into <see cref="_pairs"/>, each once, in order of first occurrence.</summary>
    private void Pairs(string text)
    {
        _pairs.Clear();
        _seen.Clear();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var a = text[i];
            var b = text[i + 1];
            if (!Chars.IsCjk(a) || !Chars.IsCjk(b) || IsFunctionChar(a) || IsFunctionChar(b))
            {
                continue;
            }

            var pair = (a << 16) | b;
            if (!CommonPairs.Contains(pair) && _seen.Add(pair))
            {
                _pairs.Add(pair);
            }
        }
    }

    private static bool IsFunctionChar(char c) => (FunctionBits[c >> 6] & (1UL << (c & 63))) != 0;

    private static ulong[] CreateFunctionBits()
    {
        var bits = new ulong[65536 / 64];
        foreach (var c in FunctionChars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }
}
