using System.Collections.Generic;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// One paragraph of the laid-out document: its kind, an optional run-in head (the <c>（一）title</c> of a
/// cause or measure) and its text. Title lines are kept apart so they can be split by line breaks.
/// </summary>
internal sealed class DocxBlock
{
    public DocxBlock(DocxBlockKind kind, string text, string? head = null, IReadOnlyList<string>? lines = null)
    {
        Kind = kind;
        Text = text;
        Head = head;
        Lines = lines ?? new[] { text };
    }

    public DocxBlockKind Kind { get; }

    public string? Head { get; }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    public string FullText => Head is null ? Text : Head + Text;
}
