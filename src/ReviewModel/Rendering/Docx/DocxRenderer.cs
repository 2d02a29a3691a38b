using System;
using System.IO;
using System.Linq;
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
        DocxPackage.Write(
            output,
            options,
            DocxMetadata.Of(document),
            landscape: false,
            (body, geometry) =>
            {
                var titleChars = Math.Max(1, geometry.TextWidth / DocxGeometry.PointsToTwips(options.TitleSizePt));
                var blocks = DocumentLayout.Lay(document, options.NameLine, options.DateLine, cancellationToken);
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

                    var paragraph = ToParagraph(blocks[i], titleChars);
                    if (i == lastHeader)
                    {
                        // One blank line between the title block and the body, on the grid.
                        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = geometry.LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    }

                    body.Append(paragraph);
                }
            },
            cancellationToken);
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

    private static Paragraph ToParagraph(LayoutBlock block, int titleCharsPerLine)
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

                return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Title }), run);
            case LayoutBlockKind.Paragraph when block.Head is not null:
                var head = new Run(new RunProperties(new RunStyle { Val = DocxStyleIds.RunInHeading }));
                DocxPackage.AppendText(head, block.Head);
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.RunInParagraph }), head);
                var rest = block.Rest;
                if (rest.Length > 0)
                {
                    var restRun = new Run();
                    DocxPackage.AppendText(restRun, rest);
                    paragraph.Append(restRun);
                }

                return paragraph;
            default:
                return DocxPackage.Paragraph(StyleOf(block.Kind), block.Text);
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
