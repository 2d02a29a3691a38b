using System.Collections.Generic;
using System.Linq;
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

        // Sorted by position once (stable: at equal positions document order stays), then a binary search per comment:
        // time n log n however many comments a file holds.
        var sorted = texts.Select((t, i) => (t.Source.Line, t.Source.Column, t.Target, i)).OrderBy(t => t.Line).ThenBy(t => t.Column).ThenBy(t => t.i).ToArray();
        var map = new LineMap(text, file);
        var placed = new List<ReviewComment>(comments.Count);
        foreach (var comment in comments)
        {
            var anchor = comment.Offset is int offset ? map.Locate(offset) : null;
            placed.Add(new ReviewComment(comment.Author, comment.Text, anchor is null ? Title : TargetOf(sorted, anchor), comment.Date, comment.Initials, anchor));
        }

        return ValueList.Of(placed.ToArray());
    }

    private static string TargetOf((int Line, int Column, string Target, int Index)[] sorted, SourceLocation anchor)
    {
        // The last text starting at or before the anchor.
        var before = UpperBound(sorted, anchor.Line, anchor.Column) - 1;
        if (before >= 0 && sorted[before].Line == anchor.Line)
        {
            return sorted[before].Target;
        }

        // None on the anchor's line starts before it (the anchor is on a number Word added): the first text on that line.
        var first = UpperBound(sorted, anchor.Line, 0);
        if (first < sorted.Length && sorted[first].Line == anchor.Line)
        {
            return sorted[first].Target;
        }

        return before >= 0 ? sorted[before].Target : Title;
    }

    /// <summary>The index of the first text starting after (line, column).</summary>
    private static int UpperBound((int Line, int Column, string Target, int Index)[] sorted, int line, int column)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (sorted[mid].Line < line || (sorted[mid].Line == line && sorted[mid].Column <= column))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
