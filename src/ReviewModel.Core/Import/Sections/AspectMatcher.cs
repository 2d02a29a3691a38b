using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
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

    private static readonly ConditionalWeakTable<Aspect, string> NormalizedTitles = new();

    /// <summary>The best aspect of <paramref name="catalogue"/> for <paramref name="heading"/>, with its score (0…1).</summary>
    public static (Aspect? Aspect, double Score) Best(AspectCatalogue catalogue, string heading)
    {
        var key = Normalize(heading);
        Aspect? best = null;
        var bestScore = 0.0;
        if (key.Length == 0 || key.Length > ImportThresholds.MaxMatchedKeyLength)
        {
            return (null, 0);
        }

        foreach (var aspect in catalogue.Aspects)
        {
            var score = Score(key, NormalizedTitles.GetValue(aspect, a => Normalize(a.Title)));
            if (aspect.ShortTitle is { } shortTitle && Normalize(shortTitle) == key)
            {
                score = 1;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = aspect;
            }
        }

        return (best, bestScore);
    }

    /// <summary>Whether a heading reads like an aspect heading (在……方面, 带头……, ……情况), regardless of catalogue.</summary>
    public static bool LooksLikeAspect(string heading)
    {
        var h = heading.TrimEnd('。', '：', ':', '，', ',', '；', ';', ' ', '　', '.');
        if (IsClauseNamingAspects(h))
        {
            return false;
        }

        return h.EndsWith("方面", StringComparison.Ordinal)
            || (h.StartsWith("在", StringComparison.Ordinal) && h.IndexOf("方面", StringComparison.Ordinal) >= 0)
            || h.StartsWith("带头", StringComparison.Ordinal)
            || h.StartsWith("在带头", StringComparison.Ordinal);
    }

    /// <summary>The longest aspect heading read as one (the official 2021 aspects run to about 150 characters).</summary>
    public const int MaxHeadingLength = ImportThresholds.MaxAspectHeadingLength;

    /// <summary>
    /// A clause that names aspects inside a sentence rather than heading one: "……对照检查了在思想认识、担当作为等方面",
    /// "……紧扣理论学习……六个方面": it lists them (等方面, N个方面) or opens like a sentence (按照, 根据, 对照检查了).
    /// </summary>
    public static bool IsClauseNamingAspects(string text)
    {
        if (text.Length > MaxHeadingLength || text.IndexOf('。') >= 0)
        {
            return true;
        }

        if (text.EndsWith("等方面", StringComparison.Ordinal) || text.EndsWith("个方面", StringComparison.Ordinal) || text.EndsWith("几方面", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var opening in new[] { "按照", "根据", "依据", "遵照", "为", "我", "本人", "会前", "现将", "通过" })
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return text.IndexOf("对照检查了", StringComparison.Ordinal) >= 0 || text.IndexOf("查找了", StringComparison.Ordinal) >= 0 || text.IndexOf("围绕", StringComparison.Ordinal) >= 0;
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Chars.IsCjk(c) || Chars.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        var s = builder.ToString();
        foreach (var head in new[] { "关于", "对照", "在" })
        {
            if (s.StartsWith(head, StringComparison.Ordinal) && s.Length > head.Length)
            {
                s = s.Substring(head.Length);
            }
        }

        foreach (var tail in new[] { "方面存在的问题", "方面存在问题", "方面的问题", "方面", "情况" })
        {
            if (s.EndsWith(tail, StringComparison.Ordinal) && s.Length > tail.Length)
            {
                s = s.Substring(0, s.Length - tail.Length);
                break;
            }
        }

        if (s.StartsWith("带头", StringComparison.Ordinal))
        {
            s = s.Substring(2);
        }

        return s;
    }

    private static double Score(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var shorter = a.Length <= b.Length ? a : b;
        var longer = a.Length <= b.Length ? b : a;
        if (shorter.Length >= ImportThresholds.MinContainedKeyLength && longer.IndexOf(shorter, StringComparison.Ordinal) >= 0)
        {
            return ImportThresholds.ContainmentScore + ((1 - ImportThresholds.ContainmentScore) * shorter.Length / longer.Length);
        }

        return Dice(a, b);
    }

    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i] << 16) | a[i + 1];
            pairs[key] = pairs.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i] << 16) | b[i + 1];
            if (pairs.TryGetValue(key, out var n) && n > 0)
            {
                pairs[key] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
