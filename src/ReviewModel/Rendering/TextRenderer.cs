namespace ReviewModel.Rendering;

/// <summary>
/// Renders a <see cref="Model.ReviewDocument"/> as plain text in the genre's own layout: the title line,
/// the preamble, <c>一、</c> section headings, <c>（一）</c> aspect headings, and paragraphs with their
/// <c>一是…</c> items, each block separated by a blank line. Lines end with <c>\n</c>.
/// </summary>
/// <example>
/// <code>
/// var text = new TextRenderer().Render(document);
/// </code>
/// </example>
public sealed class TextRenderer : PlainTextRendererBase
{
    private protected override string Format(LayoutBlock block) => block.Text;
}
