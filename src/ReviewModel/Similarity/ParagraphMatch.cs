using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>
/// A paragraph that closely matches a paragraph of another material: where it is, the matching span, the source
/// material, paragraph and span, the weighted similarity, and the longest phrases the two share.
/// </summary>
public sealed record ParagraphMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="path">The paragraph's path in the checked material.</param>
    /// <param name="span">The matching span in it.</param>
    /// <param name="source">The other material.</param>
    /// <param name="sourcePath">The paragraph's path in the other material.</param>
    /// <param name="sourceSpan">The matching span there.</param>
    /// <param name="similarity">Weighted Jaccard similarity of the two paragraphs' shingles, 0–1.</param>
    /// <param name="sharedPhrases">The longest phrases both contain (stock phrases left out).</param>
    public ParagraphMatch(string path, TextSpan span, string source, string sourcePath, TextSpan sourceSpan, double similarity, ValueList<string> sharedPhrases)
    {
        Path = path;
        Span = span;
        Source = source;
        SourcePath = sourcePath;
        SourceSpan = sourceSpan;
        Similarity = similarity;
        SharedPhrases = sharedPhrases;
    }

    /// <summary>The paragraph's path in the checked material.</summary>
    public string Path { get; }

    /// <summary>The matching span in it.</summary>
    public TextSpan Span { get; }

    /// <summary>The other material.</summary>
    public string Source { get; }

    /// <summary>The paragraph's path in the other material.</summary>
    public string SourcePath { get; }

    /// <summary>The matching span there.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>The similarity, 0–1.</summary>
    public double Similarity { get; }

    /// <summary>The longest shared phrases.</summary>
    public ValueList<string> SharedPhrases { get; }
}
