using System.Collections.Generic;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Attaches each comment read from a .docx to the element whose source text holds its anchor: the last text of the
/// imported document (in document order) that starts at or before the anchor — or, when the anchor is on a line
/// before the first text starting on it (a number Word added, a heading's marker), the first text on that line. A
/// comment before every text (on the title) or with no anchor is attached to the title. The target is the
/// element's ID when it has one (P1, M2), otherwise the text's document path.
/// </summary>
internal static class CommentPlacer
{
    private const string Title = "header.title";

    public static ValueList<ReviewComment> Place(ReviewDocument document, IReadOnlyList<DocxComment> comments, string text, string? file)
    {
        if (comments.Count == 0)
        {
            return ValueList<ReviewComment>.Empty;
        }

        var texts = new List<(SourceLocation Source, string Target)>();
        new DocumentIndex(document).VisitTexts((in TextField field) =>
        {
            if (field.Source is { } source)
            {
                texts.Add((source, field.ElementId ?? field.Path));
            }
        });

        var map = new LineMap(text, file);
        var placed = new List<ReviewComment>(comments.Count);
        foreach (var comment in comments)
        {
            var anchor = comment.Offset is int offset ? map.Locate(offset) : null;
            placed.Add(new ReviewComment(comment.Author, comment.Text, anchor is null ? Title : TargetOf(texts, anchor), comment.Date, comment.Initials, anchor));
        }

        return ValueList.Of(placed.ToArray());
    }

    private static string TargetOf(List<(SourceLocation Source, string Target)> texts, SourceLocation anchor)
    {
        string? before = null;
        SourceLocation? beforeAt = null;
        string? firstOnLine = null;
        foreach (var (source, target) in texts)
        {
            if (source.Line == anchor.Line && firstOnLine is null)
            {
                firstOnLine = target;
            }

            if (Compare(source, anchor) <= 0 && (beforeAt is null || Compare(source, beforeAt) >= 0))
            {
                before = target;
                beforeAt = source;
            }
        }

        if (firstOnLine is not null && (beforeAt is null || beforeAt.Line < anchor.Line))
        {
            return firstOnLine;
        }

        return before ?? Title;
    }

    private static int Compare(SourceLocation a, SourceLocation b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
}
