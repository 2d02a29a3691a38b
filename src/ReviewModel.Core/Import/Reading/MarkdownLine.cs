using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>Removes the Markdown markup of one line: <c>#</c> headings, <c>&gt;</c> quotes, list bullets,
/// and bold markers (<c>**…**</c>, <c>__…__</c>), remembering a bold lead phrase. Linear in the line.</summary>
internal static class MarkdownLine
{
    public static TextLine Read(SourceSpan line, bool markdown)
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

        if (hashes >= 1 && hashes <= 6 && (hashes == text.Length || text[hashes] == ' ' || text[hashes] == '\t' || (!markdown && Chars.IsCjk(text[hashes]))))
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

        if (markdown)
        {
            text = Unescape(text);
        }

        var bold = -1;
        (text, bold) = StripLeadingBold(text);
        if (markdown)
        {
            text = StripInnerBold(text, ref bold);
        }

        return new TextLine(text, level, bold, raw: raw);
    }

    /// <summary>Removes Markdown's backslash escapes (<c>1\.</c>, <c>\*</c>): a backslash before ASCII punctuation.</summary>
    private static SourceSpan Unescape(SourceSpan text)
    {
        if (text.Text.IndexOf('\\') < 0)
        {
            return text;
        }

        var parts = new List<SourceSpan>();
        var from = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '\\' && IsAsciiPunctuation(text[i + 1]))
            {
                parts.Add(text.Slice(from, i - from));
                from = i + 1;
                i++;
            }
        }

        parts.Add(text.Slice(from));
        return parts.Count == 1 ? text : SourceSpan.Join(parts, string.Empty);
    }

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

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

    /// <summary>Removes further <c>**…**</c> pairs inside a Markdown line (keeps unpaired asterisks, which may be masks).</summary>
    private static SourceSpan StripInnerBold(SourceSpan text, ref int bold)
    {
        var cut = new List<int>();
        var open = -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '*' && text[i + 1] == '*')
            {
                if (i + 2 < text.Length && text[i + 2] == '*')
                {
                    // A run of three or more asterisks is a mask, not bold.
                    while (i < text.Length && text[i] == '*')
                    {
                        i++;
                    }

                    open = -1;
                    continue;
                }

                if (open < 0)
                {
                    if (i + 2 < text.Length && !Chars.IsSpace(text[i + 2]))
                    {
                        open = i;
                    }
                }
                else if (i - open > 2 && !Chars.IsSpace(text[i - 1]))
                {
                    cut.Add(open);
                    cut.Add(i);
                    open = -1;
                }

                i++;
            }
        }

        if (cut.Count == 0)
        {
            return text;
        }

        var parts = new List<SourceSpan>();
        var from = 0;
        foreach (var at in cut)
        {
            parts.Add(text.Slice(from, at - from));
            from = at + 2;
        }

        parts.Add(text.Slice(from));
        if (bold < 0 && cut[0] == 0)
        {
            bold = cut[1] - 2;
        }

        return SourceSpan.Join(parts, string.Empty);
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
