namespace ReviewModel.Import;

/// <summary>
/// Finds a year written as four digits before 年: <c>2024年度</c>, <c>２０２４年</c>, <c>202４年</c>, and the
/// <c>2024 年度</c> of text pasted from PDFs, with spaces between the number and 年. Linear.
/// </summary>
internal static class YearReader
{
    /// <summary>The first year in <paramref name="text"/> at or after <paramref name="from"/> (2000–2099), or null.</summary>
    public static int? First(string text, int from = 0) => Find(text, from, out _);

    /// <summary>The first year at or after <paramref name="from"/>, and the index just after its 年.</summary>
    public static int? Find(string text, int from, out int end)
    {
        for (var i = from; i + 4 < text.Length; i++)
        {
            if (!IsYearAt(text, i))
            {
                continue;
            }

            var j = i + 4;
            while (j < text.Length && j - (i + 4) < 2 && (text[j] == ' ' || text[j] == '\u3000' || text[j] == '\u00A0'))
            {
                j++;
            }

            if (j < text.Length && text[j] == '年' && (i == 0 || !Chars.IsDigit(text[i - 1])))
            {
                end = j + 1;
                return 2000 + (Chars.DigitValue(text[i + 2]) * 10) + Chars.DigitValue(text[i + 3]);
            }
        }

        end = -1;
        return null;
    }

    private static bool IsYearAt(string text, int i) =>
        Chars.IsDigit(text[i]) && Chars.DigitValue(text[i]) == 2 && Chars.IsDigit(text[i + 1]) && Chars.DigitValue(text[i + 1]) == 0
        && Chars.IsDigit(text[i + 2]) && Chars.IsDigit(text[i + 3]);
}
