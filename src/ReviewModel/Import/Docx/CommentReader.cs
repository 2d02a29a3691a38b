using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using W = DocumentFormat.OpenXml.Wordprocessing;
using W15 = DocumentFormat.OpenXml.Office2013.Word;

namespace ReviewModel.Import;

/// <summary>
/// Reads the comments (批注) of a .docx — <c>word/comments.xml</c>: author, initials, date, text — and, while the
/// body is read, where each is anchored: its <c>commentRangeStart</c>, or its <c>commentReference</c> when it has no
/// range; a reply with neither (Word writes replies in <c>commentsExtended.xml</c>) takes its parent's anchor.
/// </summary>
internal sealed class CommentReader
{
    private const string Anonymous = "（未署名）";

    private readonly List<(string Id, string Author, string? Initials, LocalDateTime? Date, string Text, string? Parent)> _comments = new();
    private readonly Dictionary<string, int> _rangeStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _references = new(StringComparer.Ordinal);

    private CommentReader()
    {
    }

    /// <summary>Reads the comments part (none when there is none).</summary>
    public static CommentReader Read(MainDocumentPart part, DocxContent content)
    {
        var reader = new CommentReader();
        var comments = part.WordprocessingCommentsPart?.Comments;
        if (comments is null)
        {
            return reader;
        }

        // A reply's parent, by the paraId of the last paragraph of each (Word 2013's commentsExtended).
        var parents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var ex in part.WordprocessingCommentsExPart?.CommentsEx?.Elements<W15.CommentEx>() ?? Enumerable.Empty<W15.CommentEx>())
        {
            if (ex.ParaId?.Value is { } paraId && ex.ParaIdParent?.Value is { } parent)
            {
                parents[paraId] = parent;
            }
        }

        var idByParaId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var read = new List<(string Id, string Author, string? Initials, LocalDateTime? Date, string Text, string? ParaId)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var comment in comments.Elements<W.Comment>())
        {
            var id = comment.Id?.Value;
            if (id is null || !seen.Add(id))
            {
                continue; // a comment nothing can refer to, or a second one with the same ID
            }

            var paragraphs = DocxContent.Paragraphs(comment).ToList();
            var text = new StringBuilder();
            foreach (var paragraph in paragraphs)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                foreach (var element in content.Visible(paragraph))
                {
                    text.Append(element switch
                    {
                        W.Text t => t.Text,
                        W.TabChar => "\t",
                        W.Break or W.CarriageReturn => " ",
                        _ => string.Empty,
                    });
                }
            }

            var last = paragraphs.Count > 0 ? paragraphs[paragraphs.Count - 1].ParagraphId?.Value : null;
            if (last is not null && !idByParaId.ContainsKey(last))
            {
                idByParaId.Add(last, id);
            }

            var author = comment.Author?.Value;
            var initials = comment.Initials?.Value;
            read.Add((id, string.IsNullOrWhiteSpace(author) ? Anonymous : author!.Trim(), string.IsNullOrWhiteSpace(initials) ? null : initials!.Trim(), DateOf(comment), text.ToString().Trim(), last));
        }

        foreach (var (id, author, initials, date, text, paraId) in read)
        {
            string? parent = null;
            if (paraId is not null && parents.TryGetValue(paraId, out var parentParaId) && idByParaId.TryGetValue(parentParaId, out var parentId) && parentId != id)
            {
                parent = parentId;
            }

            reader._comments.Add((id, author, initials, date, text, parent));
        }

        return reader;
    }

    /// <summary>Records a comment's range start or reference met at <paramref name="offset"/> in the body's text (the first of each counts).</summary>
    public void Anchor(OpenXmlElement element, int offset)
    {
        switch (element)
        {
            case W.CommentRangeStart start when start.Id?.Value is { } id && !_rangeStarts.ContainsKey(id):
                _rangeStarts.Add(id, offset);
                break;
            case W.CommentReference reference when reference.Id?.Value is { } id && !_references.ContainsKey(id):
                _references.Add(id, offset);
                break;
        }
    }

    /// <summary>The comments with their anchors, in reading order (by anchor; unanchored last, in Word's order).</summary>
    public IReadOnlyList<DocxComment> Comments()
    {
        var byId = _comments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var result = new List<DocxComment>(_comments.Count);
        foreach (var comment in _comments)
        {
            result.Add(new DocxComment(comment.Author, comment.Initials, comment.Date, comment.Text, OffsetOf(comment.Id, comment.Parent, byId)));
        }

        // A stable sort: comments anchored at the same place keep Word's order (a comment before its replies).
        return result.Select((c, i) => (c, i)).OrderBy(x => x.c.Offset ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.c).ToList();
    }

    private int? OffsetOf(string id, string? parent, Dictionary<string, (string Id, string Author, string? Initials, LocalDateTime? Date, string Text, string? Parent)> byId)
    {
        // Up the reply chain, at most once round every comment (a cycle in a hostile file ends here).
        for (var steps = 0; steps <= byId.Count; steps++)
        {
            if (_rangeStarts.TryGetValue(id, out var start))
            {
                return start;
            }

            if (_references.TryGetValue(id, out var reference))
            {
                return reference;
            }

            if (parent is null || !byId.TryGetValue(parent, out var up))
            {
                return null;
            }

            id = up.Id;
            parent = up.Parent;
        }

        return null;
    }

    /// <summary>The comment's <c>w:date</c> as written (Word writes local time, sometimes marked Z): no offset applied; null when missing or not a date.</summary>
    private static LocalDateTime? DateOf(W.Comment comment)
    {
        var attribute = comment.GetAttributes().FirstOrDefault(a => a.LocalName == "date");
        var value = attribute.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var pattern = NodaTime.Text.LocalDateTimePattern.ExtendedIso;
        var trimmed = value!.Trim();
        var end = trimmed.Length;
        if (end > 0 && (trimmed[end - 1] == 'Z' || trimmed[end - 1] == 'z'))
        {
            end--;
        }
        else if (end > 6 && (trimmed[end - 6] == '+' || trimmed[end - 6] == '-') && trimmed[end - 3] == ':')
        {
            end -= 6;
        }

        var parsed = pattern.Parse(trimmed.Substring(0, end));
        if (parsed.Success)
        {
            return parsed.Value;
        }

        var dateOnly = NodaTime.Text.LocalDatePattern.Iso.Parse(trimmed.Substring(0, end));
        return dateOnly.Success ? dateOnly.Value.AtMidnight() : null;
    }
}
