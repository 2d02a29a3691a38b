namespace ReviewModel.Model;

/// <summary>
/// A concrete case backing a problem ("比如，……" / "例如……"): what reviewers mean by 见人见事.
/// The text includes its marker, exactly as written.
/// </summary>
public sealed record Example
{
    /// <summary>Creates an example.</summary>
    /// <param name="text">The example, including its marker (e.g. "比如，……").</param>
    /// <param name="source">Where it came from, when imported.</param>
    public Example(string text, SourceLocation? source = null)
    {
        Text = Guard.NotNull(text, nameof(text));
        Source = source;
    }

    /// <summary>The example text, including its marker.</summary>
    public string Text { get; }

    /// <summary>Where it came from, when imported.</summary>
    public SourceLocation? Source { get; }
}
