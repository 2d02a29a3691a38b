using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>A section being collected from paragraphs; builds the model section at the end.</summary>
internal abstract class SectionDraft
{
    protected SectionDraft(SourceSpan? heading, HeadingNumberStyle style)
    {
        Heading = heading;
        Style = style;
    }

    /// <summary>The heading as written (without its number), or null for a section found without one.</summary>
    public SourceSpan? Heading { get; }

    public HeadingNumberStyle Style { get; protected set; }

    /// <summary>Whether the section has <c>（一）</c> or Markdown headings inside (decides what starts an item).</summary>
    public bool HasSubHeadings { get; set; }

    public abstract void Add(Block block, Block? next);

    public abstract Section Build(ImportContext context);

    protected string? HeadingText => Heading?.Text;

    protected SourceLocation? HeadingSource(ImportContext context) => Heading is null ? null : context.Locate(Heading);
}
