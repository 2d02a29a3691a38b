using System;
using System.Collections.Generic;
using ReviewModel.Aspects;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// The distinct aspect titles of some catalogues, normalised (<see cref="AspectMatcher.Normalize"/>), with an inverted index
/// of their character pairs: for each distinct pair, the titles holding it and how often. A heading's shared pairs with every
/// title then cost one look-up per pair of the heading, whatever the number of catalogues and aspects, and no sorting.
/// Immutable once built; safe to share between threads (a query's scratch is the calling thread's).
/// </summary>
internal sealed class AspectTitleIndex
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<AspectMatcher.Key> _titles = new();

    /// <summary>Distinct pair → its number (filled once here, then only read, so threads may share it).</summary>
    private readonly PairTable _pairs = new();

    // For pair number p, its postings from _postingStart[p] to _postingStart[p + 1]: a title and how often the pair is in it.
    private readonly int[] _postingStart;
    private readonly int[] _postingTitle;
    private readonly int[] _postingCount;

    /// <summary>How often each distinct pair has been met so far in the text being counted, and which were met (to reset them).</summary>
    [ThreadStatic]
    private static int[]? _seen;

    [ThreadStatic]
    private static List<int>? _touched;

    public AspectTitleIndex(IEnumerable<AspectCatalogue> catalogues)
    {
        var postings = new List<(int Pair, int Title, int Count)>();
        foreach (var catalogue in catalogues)
        {
            foreach (var aspect in catalogue.Aspects)
            {
                var key = AspectMatcher.Key.Of(aspect.Title);
                if (_numbers.ContainsKey(key.Text))
                {
                    continue;
                }

                var number = _titles.Count;
                _numbers.Add(key.Text, number);
                _titles.Add(key);
                var pairs = new Dictionary<int, int>();
                for (var i = 0; i + 1 < key.Text.Length; i++)
                {
                    var pair = PairAt(key.Text, i);
                    pairs[pair] = pairs.TryGetValue(pair, out var n) ? n + 1 : 1;
                }

                foreach (var entry in pairs)
                {
                    postings.Add((entry.Key, number, entry.Value));
                }
            }
        }

        postings.Sort((x, y) => x.Pair != y.Pair ? x.Pair.CompareTo(y.Pair) : x.Title.CompareTo(y.Title));
        var starts = new List<int>();
        var distinct = new List<int>();
        _postingTitle = new int[postings.Count];
        _postingCount = new int[postings.Count];
        for (var p = 0; p < postings.Count; p++)
        {
            if (p == 0 || postings[p].Pair != postings[p - 1].Pair)
            {
                distinct.Add(postings[p].Pair);
                starts.Add(p);
            }

            _postingTitle[p] = postings[p].Title;
            _postingCount[p] = postings[p].Count;
        }

        starts.Add(postings.Count);
        _postingStart = starts.ToArray();

        // Compact (537 pairs in 1,024 places, 8 KB): a few hundred look-ups per import, each likely a cache miss in a
        // quarter-full table of 32 KB.
        _pairs.Reset(distinct.Count, compact: true);
        for (var d = 0; d < distinct.Count; d++)
        {
            _pairs.GetOrAdd(distinct[d], d);
        }
    }

    /// <summary>How many distinct titles the index holds.</summary>
    public int Count => _titles.Count;

    /// <summary>The number of the title <paramref name="title"/> normalises to.</summary>
    public int IndexOf(string title) => _numbers[AspectMatcher.Normalize(title)];

    /// <summary>The normalised title numbered <paramref name="number"/>.</summary>
    public AspectMatcher.Key Title(int number) => _titles[number];

    /// <summary>
    /// How many character pairs <paramref name="text"/> (normalised) shares with each title, by number, repeats counted as
    /// often as both have them: the k-th time the text has a pair, it is shared with each title holding that pair k times or more.
    /// </summary>
    public int[] SharedPairs(string text)
    {
        var shared = new int[_titles.Count];
        var seen = _seen is { } kept && kept.Length >= _postingStart.Length ? kept : _seen = new int[_postingStart.Length];
        var touched = _touched ??= new List<int>();

        // The arrays in locals: the loop stores into the counts, which would otherwise make it load each field again.
        var pairs = _pairs.Reader;
        var postingStart = _postingStart;
        var postingCount = _postingCount;
        var postingTitle = _postingTitle;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var number = pairs.Get(PairAt(text, i));
            if (number < 0)
            {
                continue; // in no title
            }

            var occurrence = ++seen[number];
            if (occurrence == 1)
            {
                touched.Add(number);
            }

            for (var p = postingStart[number]; p < postingStart[number + 1]; p++)
            {
                if (postingCount[p] >= occurrence)
                {
                    shared[postingTitle[p]]++;
                }
            }
        }

        foreach (var number in touched)
        {
            seen[number] = 0;
        }

        touched.Clear();
        return shared;
    }

    private static int PairAt(string text, int i) => (text[i] << 16) | text[i + 1];
}
