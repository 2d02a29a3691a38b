using System;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Import;

/// <summary>
/// Finds, for a text, the most similar of a set of texts by shared distinctive character pairs
/// (CJK bigrams without function words, weighted by rarity). Pairs shared by many texts are ignored,
/// so a query costs at most a constant per pair: linear in the text, whatever the set.
/// </summary>
internal sealed class KeywordIndex
{
    private const int MaxPostings = ImportThresholds.MaxKeywordPostings;
    private const string FunctionChars = "的了是在和与及对不有为一等中上个这也要把将以其之着并或而但又从被所就都使于让";
    private static readonly HashSet<int> CommonPairs = new(
        new[] { "问题", "工作", "方面", "存在", "进一", "一步", "不够", "还有", "没有", "有些", "一些", "同志", "班子", "成员", "我们", "自己", "情况", "认识" }
            .Select(w => (w[0] << 16) | w[1]));

    private readonly Dictionary<int, List<int>> _postings = new();
    private readonly double[] _norms;
    private readonly double[] _logs;
    private readonly double _unseenWeight;
    private readonly int _count;

    public KeywordIndex(IReadOnlyList<string> texts)
    {
        _count = texts.Count;
        var pairsOf = new List<HashSet<int>>(texts.Count);
        for (var d = 0; d < texts.Count; d++)
        {
            var pairs = Pairs(texts[d]);
            pairsOf.Add(pairs);
            foreach (var pair in pairs)
            {
                if (!_postings.TryGetValue(pair, out var list))
                {
                    list = new List<int>();
                    _postings.Add(pair, list);
                }

                if (list.Count <= MaxPostings)
                {
                    list.Add(d);
                }
            }
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
            foreach (var pair in pairsOf[d])
            {
                sum += Weight(_postings[pair]);
            }

            _norms[d] = sum;
        }
    }

    /// <summary>The most similar text's index and the similarity (0…1), or (-1, 0).</summary>
    public (int Index, double Score) Best(string text) => Best(text, null);

    /// <summary>The best match of <paramref name="text"/>, and every text's score in <paramref name="all"/> when given (index → score, only texts sharing a pair).</summary>
    public (int Index, double Score) Best(string text, Dictionary<int, double>? all)
    {
        var query = Pairs(text);
        var scores = new Dictionary<int, double>();
        var queryNorm = 0.0;
        foreach (var pair in query)
        {
            if (!_postings.TryGetValue(pair, out var list))
            {
                queryNorm += _unseenWeight;
                continue;
            }

            var weight = Weight(list);
            queryNorm += weight;
            if (weight <= 0)
            {
                continue;
            }

            foreach (var d in list)
            {
                scores[d] = (scores.TryGetValue(d, out var s) ? s : 0) + weight;
            }
        }

        var best = -1;
        var bestScore = 0.0;
        foreach (var entry in scores)
        {
            var norm = Math.Sqrt(queryNorm * _norms[entry.Key]);
            var score = norm <= 0 ? 0 : entry.Value / norm;
            if (all is not null)
            {
                all[entry.Key] = score;
            }

            if (score > bestScore || (score == bestScore && entry.Key < best))
            {
                best = entry.Key;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    private double Weight(List<int> list)
    {
        if (list.Count > MaxPostings || (_count > 2 && list.Count > (_count + 1) / 2))
        {
            return 0; // shared by too many texts to tell them apart
        }

        return _logs[list.Count];
    }

    private static HashSet<int> Pairs(string text)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var a = text[i];
            var b = text[i + 1];
            if (!Chars.IsCjk(a) || !Chars.IsCjk(b) || FunctionChars.IndexOf(a) >= 0 || FunctionChars.IndexOf(b) >= 0)
            {
                continue;
            }

            var pair = (a << 16) | b;
            if (!CommonPairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
