namespace ReviewModel.Model;

/// <summary>
/// 上年度民主生活会查摆问题整改落实情况: what was rectified since last year's meeting, as items
/// <c>一是…</c> between an intro and a closing.
/// </summary>
public sealed record RectificationSection : Section
{
    /// <summary>Creates the section.</summary>
    /// <param name="heading">The heading as written, or null for the standard heading.</param>
    /// <param name="items">What was rectified, in order.</param>
    /// <param name="intro">Paragraphs before the items.</param>
    /// <param name="closing">Paragraphs after the items.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    /// <param name="itemNumberStyle">How the author numbered the items (<c>一是</c>, <c>1.</c>, <c>（1）</c>…); renderers write them the same way.</param>
    public RectificationSection(
        string? heading,
        ValueList<NumberedItem>? items,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null,
        ItemNumberStyle itemNumberStyle = ItemNumberStyle.ChineseOrdinal)
        : base(heading, intro, closing, source)
    {
        ItemNumberStyle = itemNumberStyle;
        Items = items ?? ValueList<NumberedItem>.Empty;
    }

    /// <inheritdoc />
    public override SectionKind Kind => SectionKind.LastYearRectification;

    /// <summary>What was rectified.</summary>
    public ValueList<NumberedItem> Items { get; }

    /// <inheritdoc />
    public override bool IsEmpty => Items.IsEmpty && Intro.IsEmpty && Closing.IsEmpty;

    /// <summary>How the author numbered the items; renderers write them the same way.</summary>
    public ItemNumberStyle ItemNumberStyle { get; }
}
