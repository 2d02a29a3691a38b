namespace ReviewModel.Model;

/// <summary>
/// A free paragraph of body text that belongs to no numbered item: an opening paragraph, a section
/// intro, or a closing paragraph such as "总之，……".
/// </summary>
public sealed record Paragraph
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text, exactly as written.</param>
    /// <param name="source">Where it came from, when imported.</param>
    public Paragraph(string text, SourceLocation? source = null)
    {
        Text = Guard.NotNull(text, nameof(text));
        Source = source;
    }

    /// <summary>The text, exactly as written.</summary>
    public string Text { get; }

    /// <summary>Where the paragraph came from, when imported.</summary>
    public SourceLocation? Source { get; }
}
