namespace ReviewModel.Rendering;

/// <summary>
/// One logical block of a rendered document: its kind and its final text, numbers included. Blocks
/// are what <see cref="DocumentLayout"/> produces and what the writers (<see cref="TextRenderer"/>,
/// <see cref="MarkdownRenderer"/>) turn into characters.
/// </summary>
internal readonly struct LayoutBlock
{
    public LayoutBlock(LayoutBlockKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the block is.</summary>
    public LayoutBlockKind Kind { get; }

    /// <summary>The block's text: one line for titles and headings; for paragraphs, lines joined by <c>\n</c>, never a blank line.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Text}";
}
