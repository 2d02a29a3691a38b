using System;
using System.Globalization;
using System.IO;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Rendering;

/// <summary>
/// Renders a <see cref="ReviewDocument"/> as plain text in the genre's own layout: the title line,
/// the preamble, <c>一、</c> section headings, <c>（一）</c> aspect headings, and paragraphs with their
/// <c>一是…</c> items, each block separated by a blank line. Lines end with <c>\n</c>.
/// </summary>
/// <example>
/// <code>
/// var text = new TextRenderer().Render(document);
/// </code>
/// </example>
public sealed class TextRenderer
{
    /// <summary>Renders <paramref name="document"/> to a string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels rendering.</param>
    /// <returns>The text, ending with a line feed.</returns>
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

        BlockWriter.Write(DocumentLayout.Lay(document, cancellationToken), writer, block => block.Text, cancellationToken);
    }
}
