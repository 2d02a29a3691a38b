using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReviewModel.Model;
using ReviewModel.Similarity;

namespace ReviewModel.Benchmarks;

/// <summary>
/// Materials for the similarity benchmarks: each has <see cref="ParagraphsPerMaterial"/> paragraphs of about 70
/// characters — a stock lead of the genre and three clauses of words drawn from a 3,000-word vocabulary of common
/// characters — and every 20th material copies two paragraphs of an earlier one (one verbatim, one reordered).
/// Deterministic for a given count.
/// </summary>
public static class GeneratedMaterials
{
    public const int ParagraphsPerMaterial = 15;

    private static readonly string[] Leads =
    {
        "政治站位还不够高。", "理论学习不够深入。", "宗旨意识有所淡化。", "担当作为不够。", "作风建设还有差距。", "全面从严治党主体责任落实不到位。",
    };

    public static List<SimilarityMaterial> Create(int count, int seed = 20241)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000).Select(_ => Word(random)).ToArray();
        var materials = new List<SimilarityMaterial>(count);
        for (var m = 0; m < count; m++)
        {
            var paragraphs = new List<TextUnit>(ParagraphsPerMaterial);
            for (var p = 0; p < ParagraphsPerMaterial; p++)
            {
                string text;
                if (m % 20 == 19 && p < 2 && m > 0)
                {
                    var source = materials[random.Next(m)].Units[random.Next(ParagraphsPerMaterial)].Text;
                    text = p == 0 ? source : Reorder(source);
                }
                else
                {
                    var clauses = Enumerable.Range(0, 3).Select(_ => string.Concat(Enumerable.Range(0, 6).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
                    text = Leads[random.Next(Leads.Length)] + string.Join("，", clauses) + "。";
                }

                paragraphs.Add(new TextUnit($"paragraphs[{p}]", text));
            }

            materials.Add(new SimilarityMaterial($"材料{m + 1:00000}", paragraphs.ToValueList()));
        }

        return materials;
    }

    private static string Word(Random random)
    {
        var length = 2 + random.Next(3);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)(0x4E00 + random.Next(3500)));
        }

        return text.ToString();
    }

    private static string Reorder(string text)
    {
        var end = text.IndexOf('。') + 1;
        var clauses = text.Substring(end).TrimEnd('。').Split('，');
        return text.Substring(0, end) + string.Join("，", clauses.Reverse()) + "。";
    }
}
