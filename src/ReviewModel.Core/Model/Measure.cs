namespace ReviewModel.Model;

/// <summary>
/// A rectification measure (整改措施): "(一)强化政治建设，在深化学习上严要求。" with its text,
/// optional sub-items <c>一是…</c>, the problems it addresses and the causes it remedies (by ID),
/// and who does it by when to what standard.
/// </summary>
public sealed record Measure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "M1".</param>
    /// <param name="title">The short title, usually ending in "。".</param>
    /// <param name="body">The text after the title, before any sub-items.</param>
    /// <param name="items">Sub-items <c>一是…二是…</c>.</param>
    /// <param name="itemLayout">Whether sub-items run on or start paragraphs.</param>
    /// <param name="addresses">The problems this measure addresses.</param>
    /// <param name="remedies">The causes this measure remedies.</param>
    /// <param name="owners">Who is responsible (责任人 / 责任领导).</param>
    /// <param name="owningUnit">The unit responsible (责任单位), or null.</param>
    /// <param name="deadline">When it is due (完成时限), or null.</param>
    /// <param name="standard">How completion is judged (整改标准), or null.</param>
    /// <param name="source">Where it came from, when imported.</param>
    /// <param name="accountabilityInText">Whether the owner, unit, deadline and standard are written in the
    /// measure's own text (as in imported materials, "（责任人：…；完成时限：…）"), so that renderers do not
    /// add them a second time.</param>
    /// <param name="itemNumberStyle">How the author numbered the sub-items (<c>一是</c>, <c>1.</c>, <c>（1）</c>…); renderers write them the same way.</param>
    public Measure(
        string id,
        string title,
        string body,
        ValueList<NumberedItem>? items = null,
        ItemLayout itemLayout = ItemLayout.Inline,
        ValueList<Link>? addresses = null,
        ValueList<Link>? remedies = null,
        ValueList<string>? owners = null,
        string? owningUnit = null,
        Deadline? deadline = null,
        string? standard = null,
        SourceLocation? source = null,
        bool accountabilityInText = false,
        ItemNumberStyle itemNumberStyle = ItemNumberStyle.ChineseOrdinal)
    {
        Id = Guard.NotNull(id, nameof(id));
        Title = Guard.NotNull(title, nameof(title));
        Body = Guard.NotNull(body, nameof(body));
        Items = items ?? ValueList<NumberedItem>.Empty;
        ItemLayout = itemLayout;
        Addresses = addresses ?? ValueList<Link>.Empty;
        Remedies = remedies ?? ValueList<Link>.Empty;
        Owners = owners ?? ValueList<string>.Empty;
        OwningUnit = owningUnit;
        Deadline = deadline;
        Standard = standard;
        Source = source;
        AccountabilityInText = accountabilityInText;
        ItemNumberStyle = itemNumberStyle;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>The text after the title, before any sub-items.</summary>
    public string Body { get; }

    /// <summary>Sub-items.</summary>
    public ValueList<NumberedItem> Items { get; }

    /// <summary>How sub-items are laid out.</summary>
    public ItemLayout ItemLayout { get; }

    /// <summary>The problems this measure addresses.</summary>
    public ValueList<Link> Addresses { get; }

    /// <summary>The causes this measure remedies.</summary>
    public ValueList<Link> Remedies { get; }

    /// <summary>Who is responsible.</summary>
    public ValueList<string> Owners { get; }

    /// <summary>The unit responsible, or null.</summary>
    public string? OwningUnit { get; }

    /// <summary>When it is due, or null.</summary>
    public Deadline? Deadline { get; }

    /// <summary>How completion is judged, or null.</summary>
    public string? Standard { get; }

    /// <summary>Where it came from, when imported.</summary>
    public SourceLocation? Source { get; }

    /// <summary>Whether the owner, unit, deadline and standard are already written in the measure's text
    /// (imported materials); renderers then do not append them again.</summary>
    public bool AccountabilityInText { get; }

    /// <summary>How the author numbered the sub-items; renderers write them the same way.</summary>
    public ItemNumberStyle ItemNumberStyle { get; }
}
