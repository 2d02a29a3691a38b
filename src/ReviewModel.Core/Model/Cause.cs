namespace ReviewModel.Model;

/// <summary>
/// A cause (原因剖析): "（一）理论学习有待进一步深化。" followed by the analysis. A cause explains
/// problems, by ID.
/// </summary>
public sealed record Cause
{
    /// <summary>Creates a cause.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "C1".</param>
    /// <param name="title">The short title, usually ending in "。".</param>
    /// <param name="body">The analysis after the title.</param>
    /// <param name="explains">The problems this cause explains.</param>
    /// <param name="source">Where it came from, when imported.</param>
    public Cause(string id, string title, string body, ValueList<Link>? explains = null, SourceLocation? source = null)
    {
        Id = Guard.NotNull(id, nameof(id));
        Title = Guard.NotNull(title, nameof(title));
        Body = Guard.NotNull(body, nameof(body));
        Explains = explains ?? ValueList<Link>.Empty;
        Source = source;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>The analysis.</summary>
    public string Body { get; }

    /// <summary>The problems this cause explains.</summary>
    public ValueList<Link> Explains { get; }

    /// <summary>Where it came from, when imported.</summary>
    public SourceLocation? Source { get; }
}
