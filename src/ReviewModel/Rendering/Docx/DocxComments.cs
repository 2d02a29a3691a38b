using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

using ReviewModel.Model;
using Comment = DocumentFormat.OpenXml.Wordprocessing.Comment;
using Comments = DocumentFormat.OpenXml.Wordprocessing.Comments;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// The document's comments (批注) as Word comments: each one in <c>word/comments.xml</c> (author, initials, date, its
/// lines as paragraphs) and, in the body, a <c>commentRangeStart</c> where its target element's text starts, a
/// <c>commentRangeEnd</c> where the next element of that paragraph starts (or at the paragraph's end) and the
/// <c>commentReference</c> run after it. IDs are the comments' positions in the document (0, 1, …), so the same
/// document gives the same bytes. A comment whose target is not in the document is anchored on the first paragraph
/// (the title), where the importer puts an unanchored comment: it is never dropped.
/// </summary>
internal sealed class DocxComments
{
    private readonly ValueList<ReviewComment> _comments;
    private readonly Dictionary<int, List<(int Offset, int Order, OpenXmlElement Element)>> _marks = new();

    private DocxComments(ValueList<ReviewComment> comments)
    {
        _comments = comments;
    }

    /// <summary>Whether there are comments to write.</summary>
    public bool Any => !_comments.IsEmpty;

    /// <summary>Places each comment on the block and offset where its target starts.</summary>
    public static DocxComments Place(IReadOnlyList<LayoutBlock> blocks, ValueList<ReviewComment> comments)
    {
        var placed = new DocxComments(comments);
        if (comments.IsEmpty)
        {
            return placed;
        }

        // The first place each target starts, and every anchor offset per block (a range ends where the next element starts).
        var starts = new Dictionary<string, (int Block, int Offset)>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var anchor in blocks[b].Anchors)
            {
                if (!starts.ContainsKey(anchor.Target))
                {
                    starts.Add(anchor.Target, (b, anchor.Offset));
                }
            }
        }

        for (var i = 0; i < comments.Count; i++)
        {
            var (block, offset) = starts.TryGetValue(comments[i].Target, out var start) ? start : (0, 0);
            var end = blocks.Count == 0 ? 0 : Math.Max(offset, blocks[block].Text.Length);
            if (blocks.Count > 0)
            {
                foreach (var anchor in blocks[block].Anchors)
                {
                    if (anchor.Offset > offset && anchor.Offset < end)
                    {
                        end = anchor.Offset;
                    }
                }
            }

            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!placed._marks.TryGetValue(block, out var marks))
            {
                placed._marks.Add(block, marks = new List<(int, int, OpenXmlElement)>());
            }

            // At one offset: ranges that end there come first (each followed by its reference), then ranges that start.
            // An empty range (a target at a paragraph's very end) starts before it ends.
            marks.Add((offset, end > offset ? (2 * comments.Count) + i : i - comments.Count, new CommentRangeStart { Id = id }));
            marks.Add((end, 2 * i, new CommentRangeEnd { Id = id }));
            marks.Add((end, (2 * i) + 1, new Run(new CommentReference { Id = id })));
        }

        foreach (var marks in placed._marks.Values)
        {
            marks.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));
        }

        return placed;
    }

    /// <summary>The range marks and reference runs of one block, by offset in its text (in writing order).</summary>
    public IReadOnlyList<(int Offset, int Order, OpenXmlElement Element)> MarksOf(int block) =>
        _marks.TryGetValue(block, out var marks) ? marks : Array.Empty<(int, int, OpenXmlElement)>();

    /// <summary>The <c>w:comments</c> part's content.</summary>
    public Comments Part()
    {
        var part = new Comments();
        for (var i = 0; i < _comments.Count; i++)
        {
            var comment = _comments[i];
            var word = new Comment
            {
                Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Author = DocxPackage.XmlSafe(comment.Author),
            };

            if (comment.Date is { } date && date.Year >= 1 && date.Year <= 9999)
            {
                // Local time, as Word writes it and the importer reads it; fractions of a second only when there are any.
                word.Date = new DateTimeValue { InnerText = NodaTime.Text.LocalDateTimePattern.ExtendedIso.Format(date) };
            }

            if (!string.IsNullOrEmpty(comment.Initials))
            {
                word.Initials = DocxPackage.XmlSafe(comment.Initials!);
            }

            var lines = comment.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                var paragraph = new Paragraph();
                if (l == 0)
                {
                    paragraph.Append(new Run(new AnnotationReferenceMark()));
                }

                if (lines[l].Length > 0)
                {
                    var run = new Run();
                    DocxPackage.AppendText(run, lines[l]);
                    paragraph.Append(run);
                }

                word.Append(paragraph);
            }

            part.Append(word);
        }

        return part;
    }
}
