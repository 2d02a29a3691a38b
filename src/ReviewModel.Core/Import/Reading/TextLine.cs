namespace ReviewModel.Import;

/// <summary>One line (or, after assembly, one paragraph) of input with its Markdown markup removed:
/// the heading level of a <c>#</c> heading, and the length of a bold lead phrase (<c>**…**</c>).</summary>
internal sealed class TextLine
{
    public TextLine(SourceSpan text, int headingLevel, int boldLength, bool isRule = false, SourceSpan? raw = null)
    {
        Text = text;
        Raw = raw ?? text;
        HeadingLevel = headingLevel;
        BoldLength = boldLength;
        IsRule = isRule;
    }

    /// <summary>The text, trimmed, without Markdown markup.</summary>
    public SourceSpan Text { get; }

    /// <summary>The line as written, markup included (for lines left out as page chrome).</summary>
    public SourceSpan Raw { get; }

    /// <summary>1…6 for a Markdown heading, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    /// <summary>The length of the bold lead phrase at the start of <see cref="Text"/>, or -1.</summary>
    public int BoldLength { get; }

    /// <summary>A Markdown thematic break (<c>---</c>).</summary>
    public bool IsRule { get; }

    /// <summary>Whether the paragraph was joined from several lines (hard breaks).</summary>
    public bool IsJoined { get; set; }

    /// <summary>Whether the line starts a block of its own in the source's syntax (a Markdown heading, list item,
    /// paragraph, quote, table row): it is never joined to the line before it.</summary>
    public bool StartsBlock { get; set; }

    public bool IsBlank => Text.Length == 0;
}
