using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>Reads one line of plain text or of a word processor's paragraph, removing the Markdown-like markup
/// people type there: <c>#</c> headings (also <c>#一、</c> without a space), <c>&gt;</c> quotes, list bullets, and a
/// bold lead phrase (<c>**…**</c>, <c>__…__</c>), remembering its length. Linear in the line. Markdown files are not
/// read here but through Markdig (<see cref="MarkdownReader"/>).</summary>
internal static class MarkdownLine
{
    public static TextLine Read(SourceSpan line)
    {
        var text = line.Trim();
        var raw = text;
        if (IsThematicBreak(text))
        {
            return new TextLine(SourceSpan.Empty, 0, -1, isRule: true, raw: raw);
        }

        var level = 0;
        var hashes = 0;
        while (hashes < text.Length && hashes < 7 && text[hashes] == '#')
        {
            hashes++;
        }

        if (hashes >= 1 && hashes <= 6 && (hashes == text.Length || text[hashes] == ' ' || text[hashes] == '\t' || Chars.IsCjk(text[hashes])))
        {
            level = hashes;
            text = text.Slice(hashes).Trim();
            var end = text.Length;
            while (end > 0 && text[end - 1] == '#')
            {
                end--;
            }

            if (end < text.Length && (end == 0 || Chars.IsSpace(text[end - 1])))
            {
                text = text.Slice(0, end).Trim();
            }
        }

        for (var guard = 0; guard < 4 && text.Length > 1 && text[0] == '>'; guard++)
        {
            text = text.Slice(1).TrimStart();
        }

        if (text.Length > 2 && (text[0] == '-' || text[0] == '*' || text[0] == '+' || text[0] == '•' || text[0] == '·') && (text[1] == ' ' || text[1] == '\t'))
        {
            text = text.Slice(2).TrimStart();
        }

        var (stripped, bold) = StripLeadingBold(text);
        return new TextLine(stripped, level, bold, raw: raw);
    }

    /// <summary>Removes a bold lead phrase <c>**…**</c> at the start; returns the text and the phrase's length (or -1).</summary>
    public static (SourceSpan Text, int BoldLength) StripLeadingBold(SourceSpan text)
    {
        if (text.Length < 5 || !((text[0] == '*' && text[1] == '*') || (text[0] == '_' && text[1] == '_')))
        {
            return (text, -1);
        }

        var mark = text[0];
        var close = -1;
        for (var i = 3; i + 1 < text.Length; i++)
        {
            if (text[i] == mark && text[i + 1] == mark && !Chars.IsSpace(text[i - 1]))
            {
                close = i;
                break;
            }
        }

        if (close < 0 || Chars.IsSpace(text[2]))
        {
            return (text, -1);
        }

        var inner = text.Slice(2, close - 2);
        var rest = text.Slice(close + 2);
        var joined = SourceSpan.Join(new[] { inner, rest }, string.Empty);
        var trimmed = joined.Trim();
        return (trimmed, trimmed.Length == 0 ? -1 : System.Math.Min(inner.Trim().Length, trimmed.Length));
    }

    private static bool IsThematicBreak(SourceSpan text)
    {
        if (text.Length < 3)
        {
            return false;
        }

        var mark = text[0];
        if (mark != '-' && mark != '*' && mark != '_' && mark != '=')
        {
            return false;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == mark)
            {
                count++;
            }
            else if (!Chars.IsSpace(text[i]))
            {
                return false;
            }
        }

        return count >= 3;
    }
}
