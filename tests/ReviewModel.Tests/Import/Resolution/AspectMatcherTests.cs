using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReviewModel.Aspects;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Resolution;

/// <summary>
/// The aspect matcher counts a heading's shared character pairs with every title through an index
/// (<see cref="AspectTitleIndex"/>); these tests hold it to the plain definition: for each aspect, equal texts score 1,
/// a contained text the containment score, otherwise Dice's coefficient over the character pairs.
/// </summary>
public sealed class AspectMatcherTests
{
    private static readonly AspectCatalogue Custom = AspectCatalogue.FromTitles(
        "custom", null, "自定义", "理论学习方面", "带头严守纪律规矩", "在联系服务群众方面", "学习学习再学习");

    private static readonly AspectCatalogue[] Catalogues = AspectCatalogues.All.Append(Custom).ToArray();

    [Fact]
    public void Each_catalogue_title_matches_its_own_aspect_with_score_one()
    {
        foreach (var catalogue in Catalogues)
        {
            foreach (var aspect in catalogue.Aspects)
            {
                var (best, score) = AspectMatcher.Best(catalogue, aspect.Title);
                Assert.Equal(1.0, score);
                Assert.Equal(Reference(catalogue, aspect.Title).Aspect, best);
            }
        }
    }

    [Fact]
    public void A_title_as_heading_scores_every_catalogues_aspects_as_the_definition()
    {
        // A heading that is a title as written takes the title's shared pairs counted when the index was built: against
        // the other catalogues too, and in any framing that normalises to the title, its scores are the plain definition's.
        foreach (var title in Catalogues.SelectMany(c => c.Aspects).Select(a => a.Title).Distinct())
        {
            foreach (var heading in new[] { title, "（一）" + title + "方面存在的问题" })
            {
                foreach (var catalogue in Catalogues)
                {
                    var expected = Reference(catalogue, heading);
                    var actual = AspectMatcher.Best(catalogue, heading);
                    Assert.Equal(expected.Aspect, actual.Aspect);
                    Assert.Equal(expected.Score, actual.Score, 12);
                }
            }
        }
    }

    [Fact]
    public void A_heading_sharing_no_pair_scores_zero()
    {
        Assert.Equal((null, 0.0), AspectMatcher.Best(AspectCatalogues.Annual2024, "甲乙丙丁戊己庚辛"));
    }

    [Fact]
    public void Headings_made_of_title_pieces_score_as_the_plain_definition()
    {
        // Pieces of real titles (so that many pairs are shared), cut, joined and framed as authors write them.
        var words = Catalogues.SelectMany(c => c.Aspects).Select(a => AspectMatcher.Normalize(a.Title)).Where(t => t.Length > 0).ToArray();
        var piece = Gen.Select(Gen.Int[0, words.Length - 1], Gen.Int[0, 40], Gen.Int[1, 40])
            .Select((w, start, length) => words[w].Substring(Math.Min(start, words[w].Length - 1), Math.Min(length, words[w].Length - Math.Min(start, words[w].Length - 1))));
        var frame = Gen.OneOfConst("{0}", "在{0}方面", "（一）{0}方面存在的问题", "带头{0}", "关于{0}情况", "“{0}”");
        var heading = Gen.Select(piece.Array[1, 3], frame).Select((pieces, f) => string.Format(f, string.Concat(pieces)));
        Gen.Select(heading, Gen.Int[0, Catalogues.Length - 1]).Sample((text, c) =>
        {
            var catalogue = Catalogues[c];
            var expected = Reference(catalogue, text);
            var actual = AspectMatcher.Best(catalogue, text);
            Assert.Equal(expected.Aspect, actual.Aspect);
            Assert.Equal(expected.Score, actual.Score, 12);
        }, iter: 2000);
    }

    [Fact]
    public void A_key_compared_with_several_catalogues_gives_each_its_own_best()
    {
        // The shared pair counts are cached on the key per title index: switching between a built-in and a custom catalogue must not reuse the wrong ones.
        var key = AspectMatcher.Key.Of("在理论学习方面");
        foreach (var catalogue in new[] { Custom, AspectCatalogues.Annual2024, Custom, AspectCatalogues.PartyHistory2021 })
        {
            var expected = Reference(catalogue, "在理论学习方面");
            var actual = AspectMatcher.Best(catalogue, key);
            Assert.Equal(expected.Aspect, actual.Aspect);
            Assert.Equal(expected.Score, actual.Score, 12);
        }
    }

    /// <summary>The definition, written out plainly: one comparison per aspect, pairs counted by dictionaries.</summary>
    private static (Aspect? Aspect, double Score) Reference(AspectCatalogue catalogue, string heading)
    {
        var key = AspectMatcher.Normalize(heading);
        if (key.Length == 0 || key.Length > ImportThresholds.MaxMatchedKeyLength)
        {
            return (null, 0);
        }

        Aspect? best = null;
        var bestScore = 0.0;
        foreach (var aspect in catalogue.Aspects)
        {
            var title = AspectMatcher.Normalize(aspect.Title);
            var score = Score(key, title);
            if (aspect.ShortTitle is { } shortTitle && AspectMatcher.Normalize(shortTitle) == key)
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
        if (shorter.Length >= ImportThresholds.MinContainedKeyLength && longer.Contains(shorter, StringComparison.Ordinal))
        {
            return ImportThresholds.ContainmentScore + ((1 - ImportThresholds.ContainmentScore) * shorter.Length / longer.Length);
        }

        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var pairsOfA = Pairs(a);
        var pairsOfB = Pairs(b);
        var shared = pairsOfA.Sum(p => Math.Min(p.Value, pairsOfB.TryGetValue(p.Key, out var n) ? n : 0));
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }

    private static Dictionary<string, int> Pairs(string text)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var pair = text.Substring(i, 2);
            pairs[pair] = pairs.TryGetValue(pair, out var n) ? n + 1 : 1;
        }

        return pairs;
    }
}
