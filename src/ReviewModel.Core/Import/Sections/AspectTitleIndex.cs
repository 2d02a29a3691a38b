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

    // For pair number p, its postings from _postingStart[p] to _postingStart[p + 1]: posting k is a title (_postings[2k])
    // and how often the pair is in it (_postings[2k + 1]), side by side so that reading one reads the other.
    private readonly int[] _postingStart;
    private readonly int[] _postings;

    /// <summary>
    /// How often each distinct pair has been met so far in the text being counted, valid where <see cref="_seenStamp"/>
    /// holds the current count's stamp: a count starts afresh without clearing.
    /// </summary>
    [ThreadStatic]
    private static int[]? _seen;

    [ThreadStatic]
    private static int[]? _seenStamp;

    [ThreadStatic]
    private static int _stamp;

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
        _postings = new int[2 * postings.Count];
        for (var p = 0; p < postings.Count; p++)
        {
            if (p == 0 || postings[p].Pair != postings[p - 1].Pair)
            {
                distinct.Add(postings[p].Pair);
                starts.Add(p);
            }

            _postings[2 * p] = postings[p].Title;
            _postings[(2 * p) + 1] = postings[p].Count;
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

        // Each title's shared pairs with every title, counted once here: a heading that is a title as written (the usual,
        // since materials copy the official aspects) gets its row instead of a count of its own.
        _titleRows = new int[_titles.Count][];
        for (var t = 0; t < _titleRows.Length; t++)
        {
            _titleRows[t] = CountShared(_titles[t].Text);
        }
    }

    /// <summary>For each title (by number), the pairs it shares with each title: <see cref="SharedPairs"/> of the title's own text.</summary>
    private readonly int[][] _titleRows;

    /// <summary>How many distinct titles the index holds.</summary>
    public int Count => _titles.Count;

    /// <summary>The number of the title <paramref name="title"/> normalises to.</summary>
    public int IndexOf(string title) => _numbers[AspectMatcher.Normalize(title)];

    /// <summary>The normalised title numbered <paramref name="number"/>.</summary>
    public AspectMatcher.Key Title(int number) => _titles[number];

    /// <summary>
    /// How many character pairs <paramref name="text"/> (normalised) shares with each title, by number, repeats counted as
    /// often as both have them: the k-th time the text has a pair, it is shared with each title holding that pair k times or more.
    /// The array is shared with other callers (a title's own text gets the row counted when the index was built): read it, do
    /// not write to it.
    /// </summary>
    /// <param name="text">The text, normalised.</param>
    /// <param name="title">The number of the title <paramref name="text"/> is, or -1 when it is none of them.</param>
    public int[] SharedPairs(string text, out int title)
    {
        if (_numbers.TryGetValue(text, out title))
        {
            return _titleRows[title];
        }

        title = -1;
        return CountShared(text);
    }

    /// <summary>Counts the pairs <paramref name="text"/> shares with each title (see <see cref="SharedPairs"/>).</summary>
    private int[] CountShared(string text)
    {
        var shared = new int[_titles.Count];
        var seen = _seen;
        var seenStamp = _seenStamp;
        if (seen is null || seenStamp is null || seen.Length < _postingStart.Length || _stamp == int.MaxValue)
        {
            seen = _seen = new int[_postingStart.Length];
            seenStamp = _seenStamp = new int[_postingStart.Length];
            _stamp = 0;
        }

        var stamp = ++_stamp;

        // The arrays in locals: the loop stores into the counts, which would otherwise make it load each field again.
        var pairs = _pairs.Reader;
        var postingStart = _postingStart;
        var postings = _postings;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var number = pairs.Get(PairAt(text, i));
            if (number < 0)
            {
                continue; // in no title
            }

            int occurrence;
            if (seenStamp[number] != stamp)
            {
                seenStamp[number] = stamp;
                seen[number] = occurrence = 1;
            }
            else
            {
                occurrence = ++seen[number];
            }

            for (var p = postingStart[number]; p < postingStart[number + 1]; p++)
            {
                if (postings[(2 * p) + 1] >= occurrence)
                {
                    shared[postings[2 * p]]++;
                }
            }
        }

        return shared;
    }

    private static int PairAt(string text, int i) => (text[i] << 16) | text[i + 1];
}
