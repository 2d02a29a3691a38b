using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>What <see cref="DocxReader"/> reads from a .docx: the body's text (one line per Word paragraph), the lines
/// with their heading levels and bold leads, and the comments with where each is anchored in the text.</summary>
internal sealed class DocxText
{
    public DocxText(string text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> lines, IReadOnlyList<DocxComment> comments)
    {
        Text = text;
        Lines = lines;
        Comments = comments;
    }

    public string Text { get; }

    public List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines { get; }

    /// <summary>The comments, in reading order of their anchors (unanchored ones last, in the order Word keeps them).</summary>
    public IReadOnlyList<DocxComment> Comments { get; }
}
