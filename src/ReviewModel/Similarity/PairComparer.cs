using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>The exact comparison of two paragraphs once LSH has paired them: weighted Jaccard, spans, shared phrases.</summary>
internal static class PairComparer
{
    /// <summary>Weighted Jaccard of the two shingle sets; stock shingles weigh nothing.</summary>
    public static double Similarity(HashSet<ulong> a, HashSet<ulong> b, Func<ulong, bool> isStock)
    {
        double both = 0, either = 0;
        foreach (var s in a)
        {
            if (isStock(s))
            {
                continue;
            }

            either++;
            if (b.Contains(s))
            {
                both++;
            }
        }

        foreach (var s in b)
        {
            if (!isStock(s) && !a.Contains(s))
            {
                either++;
            }
        }

        return either == 0 ? 0 : both / either;
    }

    /// <summary>The span of <paramref name="a"/>'s original text covered by its non-stock shingles found in <paramref name="other"/>.</summary>
    public static TextSpan Span(Shingles a, HashSet<ulong> other, int n, Func<ulong, bool> isStock, bool[]? covered = null)
    {
        int first = -1, last = -1;
        for (var p = 0; p < a.Hashes.Length; p++)
        {
            var h = a.Hashes[p];
            if (!isStock(h) && other.Contains(h))
            {
                var start = a.Map[p];
                var end = a.Map[p + n - 1];
                if (first < 0)
                {
                    first = start;
                }

                last = Math.Max(last, end);
                if (covered is not null)
                {
                    for (var i = start; i <= end; i++)
                    {
                        covered[i] = true;
                    }
                }
            }
        }

        return first < 0 ? new TextSpan(0, 0) : new TextSpan(first, last - first + 1);
    }

    /// <summary>Up to <paramref name="count"/> longest common phrases (at least <paramref name="minimum"/> normalised characters, not stock phrases), as written in <paramref name="original"/>.</summary>
    public static ValueList<string> SharedPhrases(Shingles a, string original, Shingles b, HashSet<string> stock, int minimum = 4, int count = 3)
    {
        var x = a.Text.ToCharArray();
        var y = b.Text;
        var used = new bool[x.Length];
        foreach (var phrase in stock)
        {
            // Stock phrases are never what explains a match: keep them out of the shared phrases.
            for (var at = a.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0 && phrase.Length > 0; at = a.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                for (var i = at; i < at + phrase.Length; i++)
                {
                    used[i] = true;
                }
            }
        }

        var phrases = new List<string>();
        if (x.Length == 0 || y.Length == 0 || (long)x.Length * y.Length > 4_000_000)
        {
            return ValueList<string>.Empty;
        }

        for (var round = 0; round < count * 3 && phrases.Count < count; round++)
        {
            // Longest common substring of x (unused positions) and y, by dynamic programming on two rows.
            var previous = new int[y.Length + 1];
            var current = new int[y.Length + 1];
            int bestLength = 0, bestEnd = 0;
            for (var i = 1; i <= x.Length; i++)
            {
                for (var j = 1; j <= y.Length; j++)
                {
                    current[j] = !used[i - 1] && x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : 0;
                    if (current[j] > bestLength)
                    {
                        bestLength = current[j];
                        bestEnd = i;
                    }
                }

                (previous, current) = (current, previous);
            }

            if (bestLength < minimum)
            {
                break;
            }

            var start = bestEnd - bestLength;
            for (var i = start; i < bestEnd; i++)
            {
                used[i] = true;
            }

            var normalised = a.Text.Substring(start, bestLength);
            if (!stock.Any(s => s.Contains(normalised)))
            {
                var from = a.Map[start];
                var to = a.Map[bestEnd - 1];
                phrases.Add(original.Substring(from, to - from + 1));
            }
        }

        return phrases.ToValueList();
    }
}
