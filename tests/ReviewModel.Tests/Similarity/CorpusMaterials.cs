using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Similarity;

namespace ReviewModel.Tests.Similarity;

/// <summary>Materials built from <see cref="Corpus"/> with planted recurrences and copies, and the truth about them.</summary>
internal static class CorpusMaterials
{
    public enum Variant
    {
        Verbatim,
        LightlyEdited,
        Reordered,
        Paraphrased,
    }

    public static string Apply(Variant variant, int substance) => variant switch
    {
        Variant.Verbatim => Corpus.Original(substance),
        Variant.LightlyEdited => Corpus.LightlyEdited(substance),
        Variant.Reordered => Corpus.Reordered(substance),
        _ => Corpus.Paraphrase(substance),
    };

    /// <summary>A year's material with the given problems, P1…Pn spread over the four aspects of 2024.</summary>
    public static ReviewDocument Material(string title, IReadOnlyList<string> problems) => ReviewDocument.Create(d => d
        .Header(h => h.Title(title).LeadershipTeam("中共某县委员会", "县委常委班子").DemocraticLifeMeeting().Aspects(AspectCatalogues.Annual2024))
        .Problems(p =>
        {
            for (var a = 0; a < 4; a++)
            {
                var aspect = a;
                var mine = Enumerable.Range(0, problems.Count).Where(i => i % 4 == aspect).ToList();
                if (mine.Count > 0)
                {
                    p.Aspect(aspect + 1, g =>
                    {
                        foreach (var i in mine)
                        {
                            var text = problems[i];
                            var end = text.IndexOf('。') + 1;
                            g.Problem($"P{i + 1}", text.Substring(0, end), text.Substring(end));
                        }
                    });
                }
            }
        }));

    /// <summary>
    /// 2022, 2023 and 2024 materials of one team. 2023: substances 0–11. 2024: substances 0–11 again, as verbatim, lightly
    /// edited, reordered and paraphrased copies in turn, plus 12–15 new, each under a lead an unrelated 2023 problem also
    /// uses. 2022: paraphrases of 0–5 and 12–15 under other leads... no: only 0–5, plus stock-only problems.
    /// Returns the documents and the true (2024 problem ID, earlier label) pairs.
    /// </summary>
    public static (ReviewDocument Current, PreviousMaterial[] Previous, HashSet<(string, string)> Truth) Years()
    {
        var y2023 = Enumerable.Range(0, 12).Select(Corpus.Original).ToList();
        var y2024 = Enumerable.Range(0, 12).Select(i => Apply((Variant)(i % 4), i))
            .Concat(Enumerable.Range(12, 4).Select(i => Corpus.SameLeadOtherSubstance(i - 12, i)))
            .ToList();
        var y2022 = Enumerable.Range(0, 6).Select(Corpus.Paraphrase)
            .Concat(Corpus.StockParagraphs.Select(s => "理论学习不够深入。" + s))
            .ToList();
        var truth = new HashSet<(string, string)>();
        for (var i = 0; i < 12; i++)
        {
            truth.Add(($"P{i + 1}", "2023年度"));
            if (i < 6)
            {
                truth.Add(($"P{i + 1}", "2022年度"));
            }
        }

        return (Material("2024年度对照检查材料", y2024),
            new[] { new PreviousMaterial("2023年度", Material("2023年度对照检查材料", y2023)), new PreviousMaterial("2022年度", Material("2022年度对照检查材料", y2022)) },
            truth);
    }

    /// <summary>
    /// Eight members' materials and a template corpus. Each member writes two substances of their own and a paragraph
    /// of stock phrases (a different combination each); sixteen copies are planted — four of each variant — each taking a
    /// substance from one member (or template) into another. Returns the materials and the true unordered pairs of
    /// (material, path).
    /// </summary>
    public static (List<SimilarityMaterial> Materials, HashSet<string> Truth) Team()
    {
        var stock = StockPhrases.Default.Where(p => p.Length >= 4).ToArray();
        var paragraphs = Enumerable.Range(0, 10).Select(_ => new List<string>()).ToList(); // 8 members + 2 templates
        var origin = new Dictionary<int, (int Material, int Paragraph)>();
        for (var s = 0; s < 16; s++)
        {
            var owner = s < 12 ? s / 2 % 8 : 8 + (s - 12) / 2; // substances 12–15 belong to the templates
            origin[s] = (owner, paragraphs[owner].Count);
            paragraphs[owner].Add(Corpus.Original(s));
        }

        for (var m = 0; m < 8; m++)
        {
            paragraphs[m].Add(string.Join("，", Enumerable.Range(0, 4).Select(k => stock[((m * 7) + (k * 5)) % stock.Length])) + "，在今后的工作中切实加以改进。");
        }

        var truth = new HashSet<string>();
        for (var copy = 0; copy < 16; copy++)
        {
            var variant = (Variant)(copy % 4);
            var substance = copy;
            var (from, fromParagraph) = origin[substance];
            var to = (from + 1 + (copy % 3)) % 8;
            if (to == from)
            {
                to = (to + 1) % 8;
            }

            truth.Add(Pair(Name(from), $"paragraphs[{fromParagraph}]", Name(to), $"paragraphs[{paragraphs[to].Count}]"));
            paragraphs[to].Add(Apply(variant, substance));
        }

        var materials = paragraphs.Select((p, i) => SimilarityMaterial.FromText(Name(i), string.Join("\n", p))).ToList();
        return (materials, truth);
    }

    public static string Name(int material) => material < 8 ? $"成员{material + 1}" : $"范文{material - 7}";

    public static string Pair(string a, string pathA, string b, string pathB) =>
        string.CompareOrdinal(a + pathA, b + pathB) < 0 ? $"{a}:{pathA} ~ {b}:{pathB}" : $"{b}:{pathB} ~ {a}:{pathA}";

    public static (double Precision, double Recall) Score<T>(IEnumerable<T> predicted, ICollection<T> truth)
    {
        var set = new HashSet<T>(predicted);
        var hits = set.Count(truth.Contains);
        return (set.Count == 0 ? 0 : (double)hits / set.Count, truth.Count == 0 ? 0 : (double)hits / truth.Count);
    }
}
