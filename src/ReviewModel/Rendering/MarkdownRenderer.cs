namespace ReviewModel.Rendering;

/// <summary>
/// Renders a <see cref="Model.ReviewDocument"/> as Markdown (CommonMark) in the genre's own layout, as
/// such materials are commonly shared: <c># title</c>, the preamble, each <c>一、</c> section heading as a
/// real heading (<c>## 一、…</c>, so that viewers show the outline and markdownlint's MD036 holds),
/// <c>（一）</c> aspect headings and all other text as plain paragraphs, separated by blank lines. Characters Markdown would read as markup (<c>*</c>, <c>_</c>, <c>[</c>,
/// <c>&lt;</c>, a leading <c>#</c> or <c>1.</c>, …) are backslash-escaped, so the text reads back
/// exactly as written — an asterisk mask <c>**</c> stays two asterisks. Lines end with <c>\n</c>.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("review.md", new MarkdownRenderer().Render(document));
/// </code>
/// </example>
public sealed class MarkdownRenderer : PlainTextRendererBase
{
    private protected override string Format(LayoutBlock block) => block.Kind switch
    {
        LayoutBlockKind.Title => "# " + MarkdownEscaping.Heading(block.Text),
        LayoutBlockKind.SectionHeading => "## " + MarkdownEscaping.Heading(block.Text),
        _ => MarkdownEscaping.Paragraph(block.Text),
    };
}
