using System;
using System.Globalization;
using System.IO;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Rendering;

/// <summary>
/// What the text and Markdown renderers share: lay the document out once (<see cref="DocumentLayout"/>)
/// and write the blocks one after another, a blank line between two and a line feed after the last.
/// The derived renderers only decide how a block is marked up.
/// </summary>
public abstract class PlainTextRendererBase
{
    private protected PlainTextRendererBase()
    {
    }

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

        var blocks = DocumentLayout.Lay(document, cancellationToken);
        for (var i = 0; i < blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0)
            {
                writer.Write("\n\n");
            }

            writer.Write(Format(blocks[i]));
        }

        if (blocks.Count > 0)
        {
            writer.Write('\n');
        }
    }

    private protected abstract string Format(LayoutBlock block);
}
