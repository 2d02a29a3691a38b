namespace ReviewModel.Model;

/// <summary>原因剖析 / 原因分析: the causes of the problems.</summary>
public sealed record CauseSection : Section
{
    /// <summary>Creates the section.</summary>
    /// <param name="heading">The heading as written, or null for the standard heading.</param>
    /// <param name="causes">The causes, in order.</param>
    /// <param name="numberStyle">How the cause headings are numbered.</param>
    /// <param name="intro">Paragraphs before the causes.</param>
    /// <param name="closing">Paragraphs after the causes.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    public CauseSection(
        string? heading,
        ValueList<Cause>? causes,
        HeadingNumberStyle numberStyle = HeadingNumberStyle.FullWidth,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null)
        : base(heading, intro, closing, source)
    {
        Causes = causes ?? ValueList<Cause>.Empty;
        NumberStyle = numberStyle;
    }

    /// <inheritdoc />
    public override SectionKind Kind => SectionKind.Causes;

    /// <summary>The causes.</summary>
    public ValueList<Cause> Causes { get; }

    /// <summary>How the cause headings are numbered.</summary>
    public HeadingNumberStyle NumberStyle { get; }

    /// <inheritdoc />
    public override bool IsEmpty => Causes.IsEmpty;
}
