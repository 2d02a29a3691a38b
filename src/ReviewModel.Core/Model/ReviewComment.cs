using NodaTime;

namespace ReviewModel.Model;

/// <summary>
/// A reviewer's comment (批注) on the material, as Word keeps it: who wrote it, when, what it says, and
/// the element it is anchored to. Imported from a .docx; <c>check</c> lists each one (RM0040) at that
/// element, so the writer sees it next to the measure or problem it is about.
/// </summary>
public sealed record ReviewComment
{
    /// <summary>Creates a comment.</summary>
    /// <param name="author">Who wrote it (Word's author name); required.</param>
    /// <param name="text">What it says; required (may be empty only when the comment is).</param>
    /// <param name="target">The element it is anchored to: its ID (e.g. "M2") or its document path (e.g. "header.title", "sections[1].heading").</param>
    /// <param name="date">When it was written, as Word records it (local time, no offset), or null.</param>
    /// <param name="initials">The author's initials, or null.</param>
    /// <param name="source">Where the anchor starts in the source file (paragraph number and column for a .docx), or null.</param>
    public ReviewComment(string author, string text, string target, LocalDateTime? date = null, string? initials = null, SourceLocation? source = null)
    {
        Author = Guard.NotBlank(author, nameof(author));
        Text = Guard.NotNull(text, nameof(text));
        Target = Guard.NotBlank(target, nameof(target));
        Date = date;
        Initials = initials;
        Source = source;
    }

    /// <summary>Who wrote the comment.</summary>
    public string Author { get; }

    /// <summary>What the comment says (its paragraphs joined by line feeds).</summary>
    public string Text { get; }

    /// <summary>The element the comment is anchored to: an element ID or a document path.</summary>
    public string Target { get; }

    /// <summary>When the comment was written, or null.</summary>
    public LocalDateTime? Date { get; }

    /// <summary>The author's initials, or null.</summary>
    public string? Initials { get; }

    /// <summary>Where the comment's anchor starts in the source file, or null.</summary>
    public SourceLocation? Source { get; }
}
