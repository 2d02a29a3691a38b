using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Similarity;

/// <summary>
/// A material as paragraphs to compare: from a <see cref="ReviewDocument"/> (each problem with its examples, each
/// cause, measure, preparation step, rectification item and free paragraph, by document path) or from plain text.
/// </summary>
public sealed record SimilarityMaterial
{
    /// <summary>Creates a material.</summary>
    /// <param name="source">Its name in reports: a file name, a member's name.</param>
    /// <param name="units">Its paragraphs.</param>
    public SimilarityMaterial(string source, ValueList<TextUnit> units)
    {
        Source = Guard.NotNull(source, nameof(source));
        Units = Guard.NotNull(units, nameof(units));
    }

    /// <summary>Its name in reports.</summary>
    public string Source { get; }

    /// <summary>Its paragraphs.</summary>
    public ValueList<TextUnit> Units { get; }

    /// <summary>The paragraphs of a document, by document path.</summary>
    /// <param name="source">The name in reports.</param>
    /// <param name="document">The document.</param>
    public static SimilarityMaterial FromDocument(string source, ReviewDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var units = new List<TextUnit>();
        Add(units, "preamble", document.Preamble.Select(p => p.Text));
        for (var s = 0; s < document.Sections.Count; s++)
        {
            switch (document.Sections[s])
            {
                case PreparationSection p:
                    Add(units, "preparation.steps", p.Steps.Select(i => i.Text));
                    break;
                case RectificationSection r:
                    Add(units, "lastYear.items", r.Items.Select(i => i.Text));
                    break;
                case ProblemSection p:
                    for (var a = 0; a < p.Aspects.Count; a++)
                    {
                        Add(units, $"problems.aspects[{a}].problems", p.Aspects[a].Problems.Select(ProblemText));
                    }

                    break;
                case CauseSection c:
                    Add(units, "causes", c.Causes.Select(x => x.Title + x.Body));
                    break;
                case MeasureSection m:
                    Add(units, "measures", m.Measures.Select(x => x.Title + x.Body + string.Concat(x.Items.Select((i, n) => ChineseText.ItemMarker(n + 1) + i.Text))));
                    break;
                case CustomSection c:
                    Add(units, $"sections[{s}].paragraphs", c.Paragraphs.Select(x => x.Text));
                    break;
            }
        }

        return new SimilarityMaterial(source, units.ToValueList());
    }

    /// <summary>The problems of a document, one unit each (lead, body and examples), by document path.</summary>
    /// <param name="source">The name in reports.</param>
    /// <param name="document">The document.</param>
    public static SimilarityMaterial ProblemsOf(string source, ReviewDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var units = new List<TextUnit>();
        foreach (var p in document.Sections.OfType<ProblemSection>())
        {
            for (var a = 0; a < p.Aspects.Count; a++)
            {
                Add(units, $"problems.aspects[{a}].problems", p.Aspects[a].Problems.Select(ProblemText));
            }
        }

        return new SimilarityMaterial(source, units.ToValueList());
    }

    /// <summary>Plain text, one unit per non-blank line (<c>paragraphs[i]</c>, counting non-blank lines).</summary>
    /// <param name="source">The name in reports.</param>
    /// <param name="text">The text.</param>
    public static SimilarityMaterial FromText(string source, string text)
    {
        var lines = (text ?? throw new ArgumentNullException(nameof(text))).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var units = new List<TextUnit>();
        Add(units, "paragraphs", lines);
        return new SimilarityMaterial(source, units.ToValueList());
    }

    private static string ProblemText(Problem p) => p.Lead + p.Body + string.Concat(p.Examples.Select(e => e.Text));

    private static void Add(List<TextUnit> units, string path, IEnumerable<string> texts)
    {
        var i = 0;
        foreach (var text in texts)
        {
            units.Add(new TextUnit($"{path}[{i++}]", text));
        }
    }
}
