namespace ReviewModel.Model;

/// <summary>
/// A top-level section of the material (the <c>一、</c> level). Every section may open with intro
/// paragraphs and end with closing paragraphs ("总之，……"); the derived types add what the section is
/// about. Sections keep the order in which the author wrote them.
/// </summary>
public abstract record Section
{
    /// <summary>Initialises the parts every section has.</summary>
    /// <param name="heading">The heading as written, without its number (e.g. "专题民主生活会准备情况"),
    /// or null to use the standard heading of the section kind.</param>
    /// <param name="intro">Paragraphs before the section's items.</param>
    /// <param name="closing">Paragraphs after the section's items.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    protected Section(string? heading, ValueList<Paragraph>? intro, ValueList<Paragraph>? closing, SourceLocation? source)
    {
        Heading = heading;
        Intro = intro ?? ValueList<Paragraph>.Empty;
        Closing = closing ?? ValueList<Paragraph>.Empty;
        Source = source;
    }

    /// <summary>What the section is.</summary>
    public abstract SectionKind Kind { get; }

    /// <summary>The heading as written, without its number, or null for the standard heading.</summary>
    public string? Heading { get; }

    /// <summary>Paragraphs before the section's items.</summary>
    public ValueList<Paragraph> Intro { get; }

    /// <summary>Paragraphs after the section's items.</summary>
    public ValueList<Paragraph> Closing { get; }

    /// <summary>Where the heading came from, when imported.</summary>
    public SourceLocation? Source { get; }

    /// <summary>Whether the section has no content besides its heading.</summary>
    public abstract bool IsEmpty { get; }
}
