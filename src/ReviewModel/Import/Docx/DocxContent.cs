using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// What of a .docx body reads as text, in reading order, as Word shows it with every revision accepted:
/// insertions and moved-to text in, deletions and moved-from text out; a field's result, never its code;
/// hyperlinks, smart tags and content controls read through; a text box's paragraphs read once, as
/// paragraphs of their own (never both the drawing and its VML fallback); a footnote's or endnote's text
/// kept with the paragraph that refers to it, as <c>（注：…）</c> at the reference.
/// Walks with an explicit stack, so depth costs no call stack.
/// </summary>
internal sealed class DocxContent
{
    private readonly Dictionary<long, W.Footnote> _footnotes = new();
    private readonly Dictionary<long, W.Endnote> _endnotes = new();
    private readonly HashSet<string> _notesRead = new();

    public DocxContent(MainDocumentPart part)
    {
        foreach (var note in part.FootnotesPart?.Footnotes?.Elements<W.Footnote>() ?? System.Array.Empty<W.Footnote>())
        {
            if (note.Id?.Value is { } id && !_footnotes.ContainsKey(id))
            {
                _footnotes.Add(id, note);
            }
        }

        foreach (var note in part.EndnotesPart?.Endnotes?.Elements<W.Endnote>() ?? System.Array.Empty<W.Endnote>())
        {
            if (note.Id?.Value is { } id && !_endnotes.ContainsKey(id))
            {
                _endnotes.Add(id, note);
            }
        }
    }

    /// <summary>The paragraphs of <paramref name="root"/> in document order (table cells and text boxes included), leaving out deleted and moved-from ones and markup-compatibility fallbacks.</summary>
    public static IEnumerable<W.Paragraph> Paragraphs(OpenXmlElement root)
    {
        var stack = new Stack<OpenXmlElement>();
        Push(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is W.Paragraph paragraph)
            {
                yield return paragraph;
            }

            if (!Skipped(element))
            {
                Push(stack, element);
            }
        }
    }

    /// <summary>
    /// The elements of <paramref name="paragraph"/> that carry its text, in reading order: the paragraph's
    /// own (not those of a nested text-box paragraph, read on its own), then each referenced note's text
    /// between a <c>（注：</c> and a <c>）</c> made for it (each note once).
    /// </summary>
    public IEnumerable<OpenXmlElement> Visible(W.Paragraph paragraph)
    {
        var stack = new Stack<OpenXmlElement>();
        Push(stack, paragraph);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is W.Paragraph || Skipped(element))
            {
                continue;
            }

            yield return element;
            OpenXmlElement? note = element switch
            {
                W.FootnoteReference f when f.Id?.Value is { } id && _footnotes.TryGetValue(id, out var n) && _notesRead.Add("f" + id) => n,
                W.EndnoteReference e when e.Id?.Value is { } id && _endnotes.TryGetValue(id, out var n) && _notesRead.Add("e" + id) => n,
                _ => null,
            };
            if (note is not null)
            {
                yield return new W.Text("（注：");
                foreach (var inner in Paragraphs(note))
                {
                    foreach (var piece in Visible(inner))
                    {
                        yield return piece;
                    }
                }

                yield return new W.Text("）");
                continue;
            }

            Push(stack, element);
        }
    }

    /// <summary>Subtrees that are not read: deletions, moved-from text, field codes, fallbacks of alternate content, properties.</summary>
    private static bool Skipped(OpenXmlElement element) =>
        element is W.DeletedRun or W.MoveFromRun or W.FieldCode or W.DeletedFieldCode or W.DeletedText
            or AlternateContentFallback or W.RunProperties or W.ParagraphProperties;

    /// <summary>Pushes the children so that the first is popped first.</summary>
    private static void Push(Stack<OpenXmlElement> stack, OpenXmlElement element)
    {
        var child = element.LastChild;
        while (child is not null)
        {
            stack.Push(child);
            child = child.PreviousSibling();
        }
    }
}
