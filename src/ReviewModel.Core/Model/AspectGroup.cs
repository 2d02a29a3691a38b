namespace ReviewModel.Model;

/// <summary>
/// The problems found under one aspect (方面): the <c>（一）在……方面。</c> heading, an optional
/// intro (e.g. the "affirm, then concede" lead), and the problems <c>一是…二是…</c>.
/// </summary>
public sealed record AspectGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="aspectId">The catalogue aspect this group examines (e.g. "2021.1"), or null
    /// when it matches none.</param>
    /// <param name="heading">The heading as written, without its number (e.g. "在带头……方面。"),
    /// or null to derive it from the catalogue aspect. A group with neither holds problems under no aspect.</param>
    /// <param name="problems">The problems, in order.</param>
    /// <param name="layout">Whether the problems run on in one paragraph or start paragraphs.</param>
    /// <param name="intro">Paragraphs before the problems; with <see cref="ItemLayout.Inline"/>
    /// the last one runs on into the problems.</param>
    /// <param name="closing">Paragraphs after the problems.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    /// <param name="itemNumberStyle">How the author numbered the items (<c>一是</c>, <c>1.</c>, <c>（1）</c>…); renderers write them the same way.</param>
    public AspectGroup(
        string? aspectId,
        string? heading,
        ValueList<Problem>? problems,
        ItemLayout layout = ItemLayout.Paragraphs,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null,
        ItemNumberStyle itemNumberStyle = ItemNumberStyle.ChineseOrdinal)
    {
        AspectId = aspectId;
        Heading = heading;
        Problems = problems ?? ValueList<Problem>.Empty;
        Layout = layout;
        Intro = intro ?? ValueList<Paragraph>.Empty;
        Closing = closing ?? ValueList<Paragraph>.Empty;
        Source = source;
        ItemNumberStyle = itemNumberStyle;
    }

    /// <summary>The catalogue aspect this group examines, or null.</summary>
    public string? AspectId { get; }

    /// <summary>The heading as written, or null.</summary>
    public string? Heading { get; }

    /// <summary>The problems.</summary>
    public ValueList<Problem> Problems { get; }

    /// <summary>How the problems are laid out.</summary>
    public ItemLayout Layout { get; }

    /// <summary>Paragraphs before the problems.</summary>
    public ValueList<Paragraph> Intro { get; }

    /// <summary>Paragraphs after the problems.</summary>
    public ValueList<Paragraph> Closing { get; }

    /// <summary>Where the heading came from, when imported.</summary>
    public SourceLocation? Source { get; }

    /// <summary>Whether the group is tied to an aspect (by catalogue ID or by a heading).</summary>
    public bool HasAspect => AspectId is not null || !string.IsNullOrWhiteSpace(Heading);

    /// <summary>How the author numbered the items; renderers write them the same way.</summary>
    public ItemNumberStyle ItemNumberStyle { get; }
}
