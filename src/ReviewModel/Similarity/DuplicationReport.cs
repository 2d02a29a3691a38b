using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Similarity;

/// <summary>
/// The 查重 result for one material, as CNKI reports it: the share of its text found in other materials
/// (总文字复制比) and each matching paragraph with its source and span.
/// </summary>
public sealed record DuplicationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="source">The material.</param>
    /// <param name="characters">Characters of text compared (paragraphs of at least the minimum length).</param>
    /// <param name="duplicatedCharacters">Characters inside matching spans.</param>
    /// <param name="matches">The matching paragraphs, in document order.</param>
    public DuplicationReport(string source, int characters, int duplicatedCharacters, ValueList<ParagraphMatch> matches)
    {
        Source = source;
        Characters = characters;
        DuplicatedCharacters = duplicatedCharacters;
        Matches = matches;
    }

    /// <summary>The material.</summary>
    public string Source { get; }

    /// <summary>Characters compared.</summary>
    public int Characters { get; }

    /// <summary>Characters inside matching spans.</summary>
    public int DuplicatedCharacters { get; }

    /// <summary>The duplication ratio, 0–1.</summary>
    public double Ratio => Characters == 0 ? 0 : (double)DuplicatedCharacters / Characters;

    /// <summary>The matching paragraphs.</summary>
    public ValueList<ParagraphMatch> Matches { get; }

    /// <summary>The matches as findings of rule RM0025 at the paragraphs' paths (offset and length of the matching span); waivers recorded in <paramref name="document"/> apply.</summary>
    /// <param name="document">The checked material (its waivers), or null.</param>
    /// <param name="options">Language and severities; null for the defaults.</param>
    public ValidationResult ToFindings(ReviewDocument? document = null, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var rule = RuleCatalogue.CopiedParagraph;
        var severity = options.SeverityOf(rule);
        var findings = new List<Finding>();
        if (severity != RuleSeverity.None)
        {
            foreach (var m in Matches)
            {
                object?[] arguments =
                {
                    m.Source, m.SourcePath, m.Similarity.ToString("0%", CultureInfo.InvariantCulture),
                    m.SharedPhrases.IsEmpty ? "—" : string.Join("、", m.SharedPhrases.Select(p => "“" + p + "”")),
                };
                findings.Add(new Finding(rule, severity, rule.FormatMessage(options.Culture, arguments), new FindingLocation(m.Path, null, m.Span.Start, m.Span.Length), arguments, null));
            }
        }

        return new ValidationResult(document is null ? findings : ReviewValidator.ApplyWaivers(document, findings));
    }
}
