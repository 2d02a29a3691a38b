using System.Collections.Generic;

namespace ReviewModel.Rendering;

/// <summary>
/// One logical block of a rendered document: its kind, its final text (numbers included) and, for a
/// paragraph that opens with a run-in heading, that heading. Blocks are what <see cref="DocumentLayout"/>
/// produces and what the writers (<see cref="TextRenderer"/>, <see cref="MarkdownRenderer"/>,
/// <see cref="Docx.DocxRenderer"/>) turn into characters or styled paragraphs.
/// </summary>
internal readonly struct LayoutBlock
{
    private readonly IReadOnlyList<string>? _lines;
    private readonly IReadOnlyList<LayoutAnchor>? _anchors;

    public LayoutBlock(LayoutBlockKind kind, string text, string? head = null, IReadOnlyList<string>? lines = null, IReadOnlyList<LayoutAnchor>? anchors = null)
    {
        Kind = kind;
        Text = text;
        Head = head;
        _lines = lines;
        _anchors = anchors;
    }

    /// <summary>
    /// Where the document's elements start in <see cref="Text"/>, in order: the element's ID (P1.2, M1) or its
    /// document path (header.title, sections[0].intro[1]), as comments name their target. Empty for generated lines.
    /// </summary>
    public IReadOnlyList<LayoutAnchor> Anchors => _anchors ?? System.Array.Empty<LayoutAnchor>();

    /// <summary>What the block is.</summary>
    public LayoutBlockKind Kind { get; }

    /// <summary>
    /// The block's whole text, <see cref="Head"/> included: one line for titles, bylines and headings;
    /// for paragraphs, lines joined by <c>\n</c>, never a blank line.
    /// </summary>
    public string Text { get; }

    /// <summary>
    /// The run-in heading the paragraph opens with (<c>（一）title</c> of a cause or measure, one line),
    /// a prefix of <see cref="Text"/>; null when there is none.
    /// </summary>
    public string? Head { get; }

    /// <summary>
    /// For the title, the lines its author broke it into (each trimmed, none blank; <see cref="Text"/> is
    /// them joined by spaces); for other blocks, <see cref="Text"/> alone.
    /// </summary>
    public IReadOnlyList<string> Lines => _lines ?? new[] { Text };

    /// <summary>The text after <see cref="Head"/> (the whole text when there is no head).</summary>
    public string Rest => Head is null ? Text : Text.Substring(Head.Length);

    /// <inheritdoc />
    public override string ToString() => Head is null ? $"{Kind}: {Text}" : $"{Kind}: [{Head}]{Rest}";
}
