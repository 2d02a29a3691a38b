namespace ReviewModel.Import;

/// <summary>Recognises page-number lines left in text pasted from a PDF: <c>- 3 -</c>, <c>—3—</c>, <c>3</c>, <c>第3页 共10页</c>, <c>3/10</c>.</summary>
internal static class PageNumber
{
    public static bool Is(string line)
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
}
