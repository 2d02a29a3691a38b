using NodaTime;

namespace ReviewModel.Import;

/// <summary>One comment (批注) of a .docx as read: author, initials, date, text, and the offset in the body's text
/// where its anchor starts (null when the body never refers to it).</summary>
internal sealed class DocxComment
{
    public DocxComment(string author, string? initials, LocalDateTime? date, string text, int? offset)
    {
        Author = author;
        Initials = initials;
        Date = date;
        Text = text;
        Offset = offset;
    }

    public string Author { get; }

    public string? Initials { get; }

    public LocalDateTime? Date { get; }

    public string Text { get; }

    public int? Offset { get; }
}
