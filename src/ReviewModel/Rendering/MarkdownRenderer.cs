using System;
using System.Globalization;
using System.IO;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Rendering;

/// <summary>
/// Renders a <see cref="ReviewDocument"/> as Markdown (CommonMark) in the genre's own layout, as
/// such materials are commonly shared: <c># title</c>, the preamble, each <c>一、</c> section heading as a
/// bold paragraph (<c>**一、…**</c>), <c>（一）</c> aspect headings and all other text as plain paragraphs,
/// separated by blank lines. Characters Markdown would read as markup (<c>*</c>, <c>_</c>, <c>[</c>,
/// <c>&lt;</c>, a leading <c>#</c> or <c>1.</c>, …) are backslash-escaped, so the text reads back
/// exactly as written — an asterisk mask <c>**</c> stays two asterisks. Lines end with <c>\n</c>.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("review.md", new MarkdownRenderer().Render(document));
/// </code>
/// </example>
public sealed class MarkdownRenderer
{
    /// <summary>Renders <paramref name="document"/> to a string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels rendering.</param>
    /// <returns>The Markdown, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Rendering was cancelled.</exception>
    public string Render(ReviewDocument document, CancellationToken cancellationToken = default)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, writer, cancellationToken);
        return writer.ToString();
    }

    /// <summary>Renders <paramref name="document"/> to <paramref name="writer"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="cancellationToken">Cancels rendering.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Rendering was cancelled.</exception>
    public void Render(ReviewDocument document, TextWriter writer, CancellationToken cancellationToken = default)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        BlockWriter.Write(DocumentLayout.Lay(document, cancellationToken), writer, Format, cancellationToken);
    }

    private static string Format(LayoutBlock block) => block.Kind switch
    {
        LayoutBlockKind.Title => "# " + MarkdownEscaping.Heading(block.Text),
        LayoutBlockKind.SectionHeading => "**" + MarkdownEscaping.Line(block.Text) + "**",
        _ => MarkdownEscaping.Paragraph(block.Text),
    };
}
