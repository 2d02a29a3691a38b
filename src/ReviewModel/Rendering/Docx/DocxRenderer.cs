using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using System.Threading;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewDocument = ReviewModel.Model.ReviewDocument;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Writes a review document as a Word file (DOCX) in the official format of GB/T 9704-2012: A4 with
/// the standard margins, 22 lines of 28 characters, title in 小标宋, body in 仿宋, <c>一、</c> headings
/// in 黑体 and <c>（一）</c> headings in 楷体 (as Word heading styles, so the navigation pane shows
/// the outline), and page numbers <c>— 1 —</c> alternating right and left. Fonts and sizes come from
/// <see cref="DocxOptions"/>.
/// </summary>
public static class DocxRenderer
{
    /// <summary>Writes the document to a stream as DOCX.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Fonts, sizes and page geometry; null for the GB/T 9704 defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <exception cref="ArgumentNullException">The document or the stream is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or an option is out of range.</exception>
    public static void Render(ReviewDocument document, Stream output, DocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        options ??= DocxOptions.Default;
        DocxComments? comments = null;
        DocxPackage.Write(
            output,
            options,
            DocxMetadata.Of(document),
            landscape: false,
            (body, geometry) =>
            {
                var titleChars = Math.Max(1, geometry.TextWidth / DocxGeometry.PointsToTwips(options.TitleSizePt));
                var blocks = DocumentLayout.Lay(document, options.NameLine, options.DateLine, cancellationToken);
                comments = DocxComments.Place(blocks, document.Comments);
                // The title block: the title and the name/date lines (none at all when the title is blank).
                var lastHeader = -1;
                while (lastHeader + 1 < blocks.Count && blocks[lastHeader + 1].Kind is LayoutBlockKind.Title or LayoutBlockKind.Byline)
                {
                    lastHeader++;
                }

                for (var i = 0; i < blocks.Count; i++)
                {
                    if ((i & 63) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var paragraph = ToParagraph(blocks[i], titleChars, comments.MarksOf(i));
                    if (i == lastHeader)
                    {
                        // One blank line between the title block and the body, on the grid.
                        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = geometry.LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    }

                    body.Append(paragraph);
                }

                if (blocks.Count == 0 && comments.Any)
                {
                    // Nothing to anchor on: the comments go on an empty paragraph, not away.
                    body.Append(ToParagraph(new LayoutBlock(LayoutBlockKind.Paragraph, string.Empty), titleChars, comments.MarksOf(0)));
                }
            },
            cancellationToken,
            main =>
            {
                if (comments is { Any: true })
                {
                    main.AddNewPart<DocumentFormat.OpenXml.Packaging.WordprocessingCommentsPart>("rIdComments").Comments = comments.Part();
                }
            });
    }

    /// <summary>Renders the document to DOCX bytes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Fonts, sizes and page geometry; null for the GB/T 9704 defaults.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    /// <returns>The DOCX file's content.</returns>
    public static byte[] RenderToBytes(ReviewDocument document, DocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        Render(document, stream, options, cancellationToken);
        return stream.ToArray();
    }

    private static Paragraph ToParagraph(LayoutBlock block, int titleCharsPerLine, IReadOnlyList<(int Offset, int Order, OpenXmlElement Element)> marks)
    {
        switch (block.Kind)
        {
            case LayoutBlockKind.Title:
                // The author's own line breaks are kept; a line too long for the page is split further.
                var lines = block.Lines.SelectMany(line => TitleSplitter.Split(line, titleCharsPerLine)).ToList();
                var run = new Run();
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i > 0)
                    {
                        run.Append(new Break());
                    }

                    DocxPackage.AppendText(run, lines[i]);
                }

                // The title is one run (its lines split for the page): comments on it enclose the whole run.
                var title = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Title }));
                title.Append(marks.Where(m => m.Offset <= 0).Select(m => m.Element));
                title.Append(run);
                title.Append(marks.Where(m => m.Offset > 0).Select(m => m.Element));
                return title;
            case LayoutBlockKind.Paragraph when block.Head is not null:
                return Runs(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.RunInParagraph })), block.Text, block.Head.Length, marks);
            default:
                return Runs(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleOf(block.Kind) })), block.Text, 0, marks);
        }
    }

    /// <summary>Fills the paragraph with the text's runs — the first <paramref name="headLength"/> characters as the
    /// run-in heading — cut where a comment's range starts or ends, with the marks in between.</summary>
    private static Paragraph Runs(Paragraph paragraph, string text, int headLength, IReadOnlyList<(int Offset, int Order, OpenXmlElement Element)> marks)
    {
        var position = 0;
        foreach (var mark in marks)
        {
            var offset = Math.Min(Math.Max(mark.Offset, 0), text.Length);
            AppendRuns(paragraph, text, position, offset, headLength);
            position = Math.Max(position, offset);
            paragraph.Append(mark.Element);
        }

        AppendRuns(paragraph, text, position, text.Length, headLength);
        return paragraph;
    }

    private static void AppendRuns(Paragraph paragraph, string text, int from, int to, int headLength)
    {
        if (from < headLength && to > from)
        {
            var head = new Run(new RunProperties(new RunStyle { Val = DocxStyleIds.RunInHeading }));
            DocxPackage.AppendText(head, text.Substring(from, Math.Min(to, headLength) - from));
            paragraph.Append(head);
            from = Math.Min(to, headLength);
        }

        if (to > from)
        {
            var run = new Run();
            DocxPackage.AppendText(run, text.Substring(from, to - from));
            paragraph.Append(run);
        }
    }

    private static string StyleOf(LayoutBlockKind kind) => kind switch
    {
        LayoutBlockKind.Byline => DocxStyleIds.Byline,
        LayoutBlockKind.SectionHeading => DocxStyleIds.Heading1,
        LayoutBlockKind.SubHeading => DocxStyleIds.Heading2,
        _ => DocxStyleIds.Normal,
    };
}
