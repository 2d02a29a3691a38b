using System;
using System.Collections.Generic;
using ReviewModel.Aspects;

namespace ReviewModel.Import;

/// <summary>
/// The distinct aspect titles of some catalogues, normalised (<see cref="AspectMatcher.Normalize"/>), with an inverted index
/// of their character pairs: for each pair, the titles holding it and how often. A heading's shared pairs with every title
/// then cost one look-up per distinct pair of the heading, whatever the number of catalogues and aspects.
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed class AspectTitleIndex
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<AspectMatcher.Key> _titles = new();
    private readonly Dictionary<int, int> _pairs = new();
    private readonly int[] _postingStart;
    private readonly int[] _postingTitle;
    private readonly int[] _postingCount;

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
                var pairs = key.Pairs;
                for (var i = 0; i < pairs.Length;)
                {
                    var run = Run(pairs, i);
                    postings.Add((pairs[i], number, run));
                    i += run;
                }
            }
        }

        postings.Sort((x, y) => x.Pair != y.Pair ? x.Pair.CompareTo(y.Pair) : x.Title.CompareTo(y.Title));
        var starts = new List<int>();
        _postingTitle = new int[postings.Count];
        _postingCount = new int[postings.Count];
        for (var p = 0; p < postings.Count; p++)
        {
            if (p == 0 || postings[p].Pair != postings[p - 1].Pair)
            {
                _pairs.Add(postings[p].Pair, starts.Count);
                starts.Add(p);
            }

            _postingTitle[p] = postings[p].Title;
            _postingCount[p] = postings[p].Count;
        }

        starts.Add(postings.Count);
        _postingStart = starts.ToArray();
    }

    /// <summary>How many distinct titles the index holds.</summary>
    public int Count => _titles.Count;

    /// <summary>The number of the title <paramref name="title"/> normalises to.</summary>
    public int IndexOf(string title) => _numbers[AspectMatcher.Normalize(title)];

    /// <summary>The normalised title numbered <paramref name="number"/>.</summary>
    public AspectMatcher.Key Title(int number) => _titles[number];

    /// <summary>
    /// How many character pairs a text with the sorted pairs <paramref name="pairs"/> shares with each title, by number
    /// (repeats counted as often as both have them).
    /// </summary>
    public int[] SharedPairs(int[] pairs)
    {
        var shared = new int[_titles.Count];
        for (var i = 0; i < pairs.Length;)
        {
            var run = Run(pairs, i);
            if (_pairs.TryGetValue(pairs[i], out var at))
            {
                for (var p = _postingStart[at]; p < _postingStart[at + 1]; p++)
                {
                    shared[_postingTitle[p]] += Math.Min(run, _postingCount[p]);
                }
            }

            i += run;
        }

        return shared;
    }

    /// <summary>How many times the pair at <paramref name="i"/> of a sorted array repeats from there.</summary>
    private static int Run(int[] pairs, int i)
    {
        var j = i + 1;
        while (j < pairs.Length && pairs[j] == pairs[i])
        {
            j++;
        }

        return j - i;
    }
}
