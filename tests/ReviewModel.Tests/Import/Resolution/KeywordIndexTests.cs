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
    private const string Vocabulary = "理论学习不够深入担当作为不足联系群众不紧密纪律规矩意识淡薄调查研究不深宗旨意识作风建设整改落实";

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
}
