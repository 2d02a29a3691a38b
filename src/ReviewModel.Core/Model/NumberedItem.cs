namespace ReviewModel.Model;

/// <summary>
/// An item numbered <c>一是</c>, <c>二是</c>…: a preparation step, a rectification item, or a
/// measure's sub-item. The lead phrase (e.g. "高度重视，精心安排部署。") is what a formatter may
/// set in bold; the body follows it directly.
/// </summary>
public sealed record NumberedItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="lead">The lead phrase, usually ending in "。"; may be empty.</param>
    /// <param name="body">The text after the lead phrase; may be empty.</param>
    /// <param name="source">Where it came from, when imported.</param>
    public NumberedItem(string lead, string body, SourceLocation? source = null)
    {
        Lead = Guard.NotNull(lead, nameof(lead));
        Body = Guard.NotNull(body, nameof(body));
        Source = source;
    }

    /// <summary>The lead phrase.</summary>
    public string Lead { get; }

    /// <summary>The body after the lead phrase.</summary>
    public string Body { get; }

    /// <summary>Where the item came from, when imported.</summary>
    public SourceLocation? Source { get; }

    /// <summary>Lead and body as one text, as rendered after the number.</summary>
    public string Text => Lead + Body;
}
