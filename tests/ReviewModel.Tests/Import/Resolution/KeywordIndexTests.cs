using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Resolution;

/// <summary>
/// A keyword index built on the arrays of an earlier one (<see cref="KeywordIndex.Build"/> after
/// <see cref="KeywordIndex.Dispose"/>) answers exactly as an index built afresh, whatever was indexed before.
/// </summary>
public sealed class KeywordIndexTests
{
    private const string Vocabulary = "理论学习不够深入担当作为不足联系群众不紧密纪律规矩意识淡薄调查研究不深宗旨意识作风建设整改落实问题工作";

    private const string FunctionChars = "的了是在和与及对不有为一等中上个这也要把将以其之着并或而但又从被所就都使于让";

    private static readonly string[] CommonWords =
        { "问题", "工作", "方面", "存在", "进一", "一步", "不够", "还有", "没有", "有些", "一些", "同志", "班子", "成员", "我们", "自己", "情况", "认识" };

    private static readonly Gen<string> Text = Gen.Int[0, Vocabulary.Length - 2].Select(i => Vocabulary.Substring(i, 2)).Array[1, 60]
        .Select(words => string.Concat(words.Select((w, i) => i % 7 == 6 ? w + "，" : w)));

    private static readonly Gen<IReadOnlyList<IReadOnlyList<string>>> Texts =
        Text.Array[1, 3].Select(parts => (IReadOnlyList<string>)parts).Array[1, 12].Select(texts => (IReadOnlyList<IReadOnlyList<string>>)texts);

    [Fact]
    public void A_reused_index_answers_as_a_fresh_one()
    {
        Gen.Select(Texts, Texts, Text.Array[1, 8]).Sample((first, second, queries) =>
        {
            // The first index leaves its arrays (table, slots, postings, stamps) for the second.
            using (var earlier = KeywordIndex.Build(first))
            {
                earlier.Best(new[] { queries[0] }, null);
            }

            using var reused = KeywordIndex.Build(second);
            var fresh = new KeywordIndex(second);
            foreach (var query in queries)
            {
                var all = new List<KeyValuePair<int, double>>();
                var expectedAll = new List<KeyValuePair<int, double>>();
                Assert.Equal(fresh.Best(new[] { query }, expectedAll), reused.Best(new[] { query }, all));
                Assert.Equal(expectedAll, all);
            }
        }, iter: 300);
    }

    [Fact]
    public void Scores_are_those_of_the_definition()
    {
        // Up to 90 texts, so that pairs held by many texts (weight 0), long queries (the unseen set grows) and more texts than
        // a query looks at one by one (a sorted list of those touched) occur.
        Gen.Select(Text.Array[1, 3].Array[1, 90], Text.Array[1, 3].Array[1, 8]).Sample((indexed, queries) =>
        {
            using var index = KeywordIndex.Build(indexed);
            foreach (var query in queries)
            {
                var all = new List<KeyValuePair<int, double>>();
                var best = index.Best(query, all);
                var expectedAll = Definition(indexed, query);
                Assert.Equal(expectedAll, all);
                var top = expectedAll.Where(s => s.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => (s.Key, s.Value)).FirstOrDefault((-1, 0.0));
                Assert.Equal(top, best);
            }
        }, iter: 400);
    }

    [Fact]
    public void Two_indexes_in_use_at_once_do_not_share_arrays()
    {
        // Link inference holds the measures' and the causes' index together.
        var causes = new IReadOnlyList<string>[] { new[] { "理论学习不够深入" }, new[] { "联系群众不紧密" } };
        var measures = new IReadOnlyList<string>[] { new[] { "纪律规矩意识淡薄" }, new[] { "调查研究不深" }, new[] { "整改落实" } };
        using var causeIndex = KeywordIndex.Build(causes);
        using var measureIndex = KeywordIndex.Build(measures);
        Assert.Equal(1, causeIndex.Best(new[] { "密切联系群众" }, null).Index);
        Assert.Equal(1, measureIndex.Best(new[] { "深入调查研究" }, null).Index);
        Assert.Equal(0, causeIndex.Best(new[] { "加强理论学习" }, null).Index);
    }

    /// <summary>
    /// The score, written plainly: a pair is two adjacent keyword characters (CJK, not a function word), common pairs left
    /// out; a pair held by n of the N texts weighs log(1 + N / n), or nothing when n is over the postings limit or (for
    /// N over 2) over half the texts; one in no text weighs log(1 + N) in the query. A text's score is the weight of the
    /// pairs it shares with the query over the root of the product of both texts' weights (distinct pairs, summed in
    /// order of first occurrence).
    /// </summary>
    private static List<KeyValuePair<int, double>> Definition(string[][] texts, string[] query)
    {
        var n = texts.Length;
        var pairs = texts.Select(t => DistinctPairs(string.Concat(t))).ToList();
        var counts = new Dictionary<string, int>();
        foreach (var pair in pairs.SelectMany(p => p))
        {
            counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        double Weight(int count) => count > ImportThresholds.MaxKeywordPostings || (n > 2 && count > (n + 1) / 2) ? 0 : Math.Log(1 + ((double)n / count));
        var norms = pairs.Select(p => p.Aggregate(0.0, (sum, pair) => sum + Weight(counts[pair]))).ToList();
        var queryNorm = 0.0;
        var scores = new double[n];
        var touched = new SortedSet<int>();
        foreach (var pair in DistinctPairs(string.Concat(query)))
        {
            if (!counts.TryGetValue(pair, out var count))
            {
                queryNorm += Math.Log(1 + n);
                continue;
            }

            var weight = Weight(count);
            queryNorm += weight;
            for (var d = 0; d < n && weight > 0; d++)
            {
                if (pairs[d].Contains(pair))
                {
                    scores[d] += weight;
                    touched.Add(d);
                }
            }
        }

        return touched.Select(d => new KeyValuePair<int, double>(d, Math.Sqrt(queryNorm * norms[d]) is var norm && norm > 0 ? scores[d] / norm : 0)).ToList();
    }

    private static List<string> DistinctPairs(string text)
    {
        static bool IsKeyword(char c) => c >= '\u3400' && c <= '\u9fff' && FunctionChars.IndexOf(c) < 0;
        var pairs = new List<string>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var pair = text.Substring(i, 2);
            if (IsKeyword(text[i]) && IsKeyword(text[i + 1]) && !CommonWords.Contains(pair) && !pairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
