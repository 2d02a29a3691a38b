namespace ReviewModel.Model;

/// <summary>整改措施 / 努力方向和整改措施: the rectification measures.</summary>
public sealed record MeasureSection : Section
{
    /// <summary>Creates the section.</summary>
    /// <param name="heading">The heading as written, or null for the standard heading.</param>
    /// <param name="measures">The measures, in order.</param>
    /// <param name="numberStyle">How the measure headings are numbered.</param>
    /// <param name="intro">Paragraphs before the measures.</param>
    /// <param name="closing">Paragraphs after the measures.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    public MeasureSection(
        string? heading,
        ValueList<Measure>? measures,
        HeadingNumberStyle numberStyle = HeadingNumberStyle.FullWidth,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null)
        : base(heading, intro, closing, source)
    {
        Measures = measures ?? ValueList<Measure>.Empty;
        NumberStyle = numberStyle;
    }

    /// <inheritdoc />
    public override SectionKind Kind => SectionKind.Measures;

    /// <summary>The measures.</summary>
    public ValueList<Measure> Measures { get; }

    /// <summary>How the measure headings are numbered.</summary>
    public HeadingNumberStyle NumberStyle { get; }

    /// <inheritdoc />
    public override bool IsEmpty => Measures.IsEmpty;
}
