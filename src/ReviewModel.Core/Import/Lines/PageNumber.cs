using System;

namespace ReviewModel.Import;

/// <summary>Recognises page-number lines left in text pasted from a PDF: <c>- 3 -</c>, <c>—3—</c>, <c>3</c>, <c>第3页 共10页</c>, <c>3/10</c>.</summary>
internal static class PageNumber
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || line.Length > ImportThresholds.MaxPageNumberLineLength)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in line)
        {
            if (Chars.IsDigit(c))
            {
                digits++;
            }
            else if (!(c == '-' || c == '—' || c == '－' || c == '–' || c == '/' || c == '第' || c == '页' || c == '共' || Chars.IsSpace(c)))
            {
                return false;
            }
        }

        return digits is >= 1 and <= 4;
    }

    /// <summary>A page number with its decoration (<c>- 3 -</c>, <c>—3—</c>, <c>第3页 共10页</c>): page chrome in any
    /// input, a Word file holding pasted PDF text included; a bare <c>3</c> may be a table cell there, and is kept.</summary>
    public static bool IsDecorated(ReadOnlySpan<char> line)
    {
        if (!Is(line))
        {
            return false;
        }

        foreach (var c in line)
        {
            if (c == '页' || c == '-' || c == '—' || c == '－' || c == '–')
            {
                return true;
            }
        }

        return false;
    }
}
