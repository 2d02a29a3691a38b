using System.Text;

namespace ReviewModel.Rendering;

/// <summary>
/// Backslash-escapes the characters CommonMark (and the common GitHub extensions) would read as
/// markup, so that a paragraph reads back as exactly its text.
/// </summary>
internal static class MarkdownEscaping
{
    // Anywhere in a line: emphasis, code, links, raw HTML and entities, tables, strikethrough, escapes.
    private const string InlineSpecials = "\\`*_[]<&|~";

    // At the start of a line: headings, block quotes, list bullets, setext underlines.
    private const string LineStartSpecials = "#>-+=";

    /// <summary>Escapes text that stands inside a single-line construct (e.g. between <c>**</c>).</summary>
    public static string Line(string text) => AppendInline(new StringBuilder(text.Length + 8), text, escapeHash: false).ToString();

    /// <summary>Escapes the text of an ATX heading, where a trailing <c>#</c> would otherwise be dropped.</summary>
    public static string Heading(string text) => AppendInline(new StringBuilder(text.Length + 8), text, escapeHash: true).ToString();

    /// <summary>Escapes a paragraph whose lines are separated by <c>\n</c>.</summary>
    public static string Paragraph(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                result.Append('\n');
            }

            // Up to three leading spaces are ignored by Markdown and four make a code block: drop them.
            var line = lines[i].TrimStart(' ', '\t');
            if (line.Length == 0)
            {
                continue;
            }

            if (LineStartSpecials.IndexOf(line[0]) >= 0)
            {
                result.Append('\\');
            }

            var digits = 0;
            while (digits < line.Length && line[digits] >= '0' && line[digits] <= '9')
            {
                digits++;
            }

            if (digits > 0 && digits < line.Length && (line[digits] == '.' || line[digits] == ')'))
            {
                // "1." or "1)" would start an ordered list.
                AppendInline(result, line.Substring(0, digits), escapeHash: false).Append('\\');
                AppendInline(result, line.Substring(digits), escapeHash: false);
            }
            else
            {
                AppendInline(result, line, escapeHash: false);
            }
        }

        return result.ToString();
    }

    private static StringBuilder AppendInline(StringBuilder result, string text, bool escapeHash)
    {
        foreach (var c in text)
        {
            if (InlineSpecials.IndexOf(c) >= 0 || (escapeHash && c == '#'))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result;
    }
}
