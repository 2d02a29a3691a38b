using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ReviewModel.Aspects;

namespace ReviewModel.Import;

/// <summary>
/// Matches aspect headings as written (long <c>在带头……方面</c> or short titles) to catalogue aspects:
/// both are reduced to their letters (no quotes, punctuation, 在, 方面, 带头), then compared by
/// containment and by shared character pairs. Cost is linear in the lengths compared.
/// </summary>
internal static class AspectMatcher
{
    /// <summary>The least score for a match (<see cref="ImportThresholds.AspectMatchScore"/>).</summary>
    public const double Threshold = ImportThresholds.AspectMatchScore;

    /// <summary>Each catalogue's aspect keys and the index of their character pairs, computed once per catalogue.</summary>
    private static readonly ConditionalWeakTable<AspectCatalogue, CatalogueKeys> Catalogues = new();

    /// <summary>The best aspect of <paramref name="catalogue"/> for <paramref name="heading"/>, with its score (0…1).</summary>
    public static (Aspect? Aspect, double Score) Best(AspectCatalogue catalogue, string heading) => Best(catalogue, Key.Of(heading));

    /// <summary>
    /// The best aspect of <paramref name="catalogue"/> for a heading normalised once (<see cref="Key.Of"/>), with its score (0…1).
    /// The pairs the heading shares with every aspect title are counted once per heading, in one pass over its pairs and an
    /// index of the titles' pairs (<see cref="AspectTitleIndex"/>), instead of one merge per aspect and catalogue.
    /// </summary>
    public static (Aspect? Aspect, double Score) Best(AspectCatalogue catalogue, Key key)
    {
        if (key.Text.Length == 0 || key.Text.Length > ImportThresholds.MaxMatchedKeyLength)
        {
            return (null, 0);
        }

        var keys = KeysOf(catalogue);
        var shared = key.SharedPairs(keys.Index, out var title);

        // A heading that is one of the index's titles as written: its best was found when the catalogue's keys were made.
        return title >= 0 ? keys.BestByTitle[title] : BestOf(keys, key, shared);
    }

    /// <summary>The best aspect of a catalogue (<paramref name="keys"/>) for <paramref name="key"/>, which shares <paramref name="shared"/> pairs with each title of the index.</summary>
    private static (Aspect? Aspect, double Score) BestOf(CatalogueKeys keys, Key key, int[] shared)
    {
        Aspect? best = null;
        var bestScore = 0.0;
        for (var a = 0; a < keys.Aspects.Length; a++)
        {
            var score = Score(key, keys.TitleKeys[a], shared[keys.Titles[a]]);
            if (keys.ShortTitles[a] is { } shortTitle && string.Equals(shortTitle, key.Text, StringComparison.Ordinal))
            {
                score = 1;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = keys.Aspects[a];
            }
        }

        return (best, bestScore);
    }

    /// <summary>The built-in catalogues in an array: looked through by reference for every heading matched, without an interface call per element.</summary>
    private static readonly AspectCatalogue[] BuiltIns = System.Linq.Enumerable.ToArray(AspectCatalogues.All);

    /// <summary>The built-in catalogues' keys, in the order of <see cref="AspectCatalogues.All"/> (made when first needed).</summary>
    private static CatalogueKeys[]? _builtInKeys;

    /// <summary>
    /// A catalogue's keys: a built-in catalogue's found by reference among the few built-ins (cheaper than the weak table,
    /// which every heading of every import would otherwise ask), a catalogue made by the user's in the weak table.
    /// </summary>
    private static CatalogueKeys KeysOf(AspectCatalogue catalogue)
    {
        var all = BuiltIns;
        for (var i = 0; i < all.Length; i++)
        {
            if (ReferenceEquals(all[i], catalogue))
            {
                var builtIn = _builtInKeys ??= CreateBuiltInKeys(all);
                return builtIn[i];
            }
        }

        return Catalogues.GetValue(catalogue, c => new CatalogueKeys(c));
    }

    private static CatalogueKeys[] CreateBuiltInKeys(IReadOnlyList<AspectCatalogue> all)
    {
        var keys = new CatalogueKeys[all.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new CatalogueKeys(all[i]);
        }

        return keys;
    }

    /// <summary>A text normalised for matching (<see cref="Normalize"/>), with the pairs it shares with the titles of an index (counted when first needed).</summary>
    internal sealed class Key
    {
        private AspectTitleIndex? _sharedIndex;
        private int[]? _shared;
        private int _title;

        private Key(string text)
        {
            Text = text;
        }

        public string Text { get; }

        public static Key Of(string heading) => new(Normalize(heading));

        /// <summary>
        /// The pairs this text shares with each title of <paramref name="index"/>, counted once per index (the last one asked
        /// for is kept), and the number of the title this text is in the index (<paramref name="title"/>), or -1.
        /// </summary>
        public int[] SharedPairs(AspectTitleIndex index, out int title)
        {
            if (!ReferenceEquals(_sharedIndex, index) || _shared is null)
            {
                _shared = index.SharedPairs(Text, out _title);
                _sharedIndex = index;
            }

            title = _title;
            return _shared;
        }
    }

    /// <summary>
    /// A catalogue's aspects with their short titles, and where their titles are in an <see cref="AspectTitleIndex"/>: the
    /// index of every built-in catalogue (so that a heading is compared with all of them in one pass, however many
    /// catalogues are candidates), or the catalogue's own for a catalogue made by the user.
    /// </summary>
    private sealed class CatalogueKeys
    {
        private static AspectTitleIndex? _builtIn;

        public CatalogueKeys(AspectCatalogue catalogue)
        {
            var builtIn = false;
            foreach (var known in AspectCatalogues.All)
            {
                builtIn |= ReferenceEquals(known, catalogue);
            }

            Index = builtIn ? _builtIn ??= new AspectTitleIndex(AspectCatalogues.All) : new AspectTitleIndex(new[] { catalogue });
            var count = catalogue.Aspects.Count;
            Aspects = new Aspect[count];
            Titles = new int[count];
            TitleKeys = new Key[count];
            ShortTitles = new string?[count];
            for (var a = 0; a < count; a++)
            {
                Aspects[a] = catalogue.Aspects[a];
                Titles[a] = Index.IndexOf(catalogue.Aspects[a].Title);
                TitleKeys[a] = Index.Title(Titles[a]);
                ShortTitles[a] = catalogue.Aspects[a].ShortTitle is { } s ? Normalize(s) : null;
            }

            // The best aspect for each title of the index taken as a heading (made once per catalogue: a heading that is
            // an official title as written, the usual, is then matched by one look-up).
            BestByTitle = new (Aspect?, double)[Index.Count];
            for (var t = 0; t < BestByTitle.Length; t++)
            {
                var title = Index.Title(t);
                BestByTitle[t] = BestOf(this, title, Index.SharedPairs(title.Text, out _));
            }
        }

        /// <summary>For each title of <see cref="Index"/> (by number) taken as a heading, the catalogue's best aspect and its score.</summary>
        public (Aspect? Aspect, double Score)[] BestByTitle { get; }

        public AspectTitleIndex Index { get; }

        public Aspect[] Aspects { get; }

        /// <summary>Each aspect's title as its number in <see cref="Index"/>.</summary>
        public int[] Titles { get; }

        /// <summary>Each aspect's title, normalised (the key numbered <see cref="Titles"/>[a] in <see cref="Index"/>).</summary>
        public Key[] TitleKeys { get; }

        public string?[] ShortTitles { get; }
    }

    /// <summary>What may end an aspect heading without being part of it: sentence and clause ends, spaces, a full stop.</summary>
    private static readonly char[] HeadingEnds = { '。', '：', ':', '，', ',', '；', ';', ' ', '　', '.' };

    /// <summary>Whether a heading reads like an aspect heading (在……方面, 带头……, ……情况), regardless of catalogue. The
    /// heading is read in place: a paragraph's characters can be asked about without making their string.</summary>
    public static bool LooksLikeAspect(ReadOnlySpan<char> heading)
    {
        var h = heading.TrimEnd(HeadingEnds.AsSpan());
        if (IsClauseNamingAspects(h))
        {
            return false;
        }

        return h.EndsWith("方面".AsSpan(), StringComparison.Ordinal)
            || (h.StartsWith("在".AsSpan(), StringComparison.Ordinal) && h.IndexOf("方面".AsSpan(), StringComparison.Ordinal) >= 0)
            || h.StartsWith("带头".AsSpan(), StringComparison.Ordinal)
            || h.StartsWith("在带头".AsSpan(), StringComparison.Ordinal);
    }

    /// <summary>The longest aspect heading read as one (the official 2021 aspects run to about 150 characters).</summary>
    public const int MaxHeadingLength = ImportThresholds.MaxAspectHeadingLength;

    /// <summary>
    /// A clause that names aspects inside a sentence rather than heading one: "……对照检查了在思想认识、担当作为等方面",
    /// "……紧扣理论学习……六个方面": it lists them (等方面, N个方面) or opens like a sentence (按照, 根据, 对照检查了).
    /// </summary>
    public static bool IsClauseNamingAspects(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxHeadingLength || text.IndexOf('。') >= 0)
        {
            return true;
        }

        if (text.EndsWith("等方面".AsSpan(), StringComparison.Ordinal) || text.EndsWith("个方面".AsSpan(), StringComparison.Ordinal) || text.EndsWith("几方面".AsSpan(), StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var opening in SentenceOpenings)
        {
            if (text.StartsWith(opening.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return text.IndexOf("对照检查了".AsSpan(), StringComparison.Ordinal) >= 0 || text.IndexOf("查找了".AsSpan(), StringComparison.Ordinal) >= 0 || text.IndexOf("围绕".AsSpan(), StringComparison.Ordinal) >= 0;
    }

    /// <summary>Words that open a sentence, not a heading (按照……, 我……, 现将……).</summary>
    private static readonly string[] SentenceOpenings = { "按照", "根据", "依据", "遵照", "为", "我", "本人", "会前", "现将", "通过" };

    public static string Normalize(string text)
    {
        // The letters, then the heading's framing words cut off by moving the ends: one string made at the end (a heading's
        // letters gathered on the stack).
        Span<char> letters = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (Chars.IsCjk(c) || Chars.IsAsciiLetterOrDigit(c))
            {
                letters[length++] = c;
            }
        }

        var start = 0;
        var end = length;
        foreach (var head in Heads)
        {
            if (StartsWith(letters, start, end, head) && end - start > head.Length)
            {
                start += head.Length;
            }
        }

        foreach (var tail in Tails)
        {
            if (EndsWith(letters, start, end, tail) && end - start > tail.Length)
            {
                end -= tail.Length;
                break;
            }
        }

        if (StartsWith(letters, start, end, "带头"))
        {
            start += 2;
        }

        return letters.Slice(start, end - start).ToString();
    }

    /// <summary>The longest heading whose letters are gathered on the stack (a kilobyte of characters; longer ones in an array).</summary>
    private const int MaxStackLetters = 1 << 9;

    private static readonly string[] Heads = { "关于", "对照", "在" };

    private static readonly string[] Tails = { "方面存在的问题", "方面存在问题", "方面的问题", "方面", "情况" };

    private static bool StartsWith(Span<char> letters, int start, int end, string head)
    {
        if (end - start < head.Length)
        {
            return false;
        }

        for (var i = 0; i < head.Length; i++)
        {
            if (letters[start + i] != head[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(Span<char> letters, int start, int end, string tail) =>
        end - start >= tail.Length && StartsWith(letters, end - tail.Length, end, tail);

    /// <summary>
    /// The score of two keys that share <paramref name="shared"/> character pairs: 1 when equal; for a text contained in the
    /// other, <see cref="ImportThresholds.ContainmentScore"/> and up by how much of the longer it covers; otherwise Dice's
    /// coefficient over the pairs. Containment needs every pair of the shorter text in the longer, so the substring search
    /// runs only then.
    /// </summary>
    private static double Score(Key a, Key b, int shared)
    {
        if (a.Text.Length == 0 || b.Text.Length == 0)
        {
            return 0;
        }

        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            return 1;
        }

        var shorter = a.Text.Length <= b.Text.Length ? a.Text : b.Text;
        var longer = a.Text.Length <= b.Text.Length ? b.Text : a.Text;
        if (shorter.Length >= ImportThresholds.MinContainedKeyLength && shared == shorter.Length - 1 && longer.IndexOf(shorter, StringComparison.Ordinal) >= 0)
        {
            return ImportThresholds.ContainmentScore + ((1 - ImportThresholds.ContainmentScore) * shorter.Length / longer.Length);
        }

        // Dice's coefficient over character pairs (repeats counted as often as both sides have them).
        return a.Text.Length < 2 || b.Text.Length < 2 ? 0 : 2.0 * shared / (a.Text.Length - 1 + b.Text.Length - 1);
    }
}
