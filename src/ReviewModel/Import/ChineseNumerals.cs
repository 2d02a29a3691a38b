namespace ReviewModel.Import;

/// <summary>Reads the small Chinese numerals used in numbering (一 … 九十九).</summary>
internal static class ChineseNumerals
{
    /// <summary>Parses <paramref name="length"/> numeral characters of <paramref name="text"/> at <paramref name="start"/>; -1 when not a valid number 1…99.</summary>
    public static int Parse(string text, int start, int length)
    {
        if (length < 1 || length > 3)
        {
            return -1;
        }

        var a = Chars.NumeralValue(text[start]);
        if (length == 1)
        {
            return a >= 1 ? a : -1;
        }

        var b = Chars.NumeralValue(text[start + 1]);
        if (length == 2)
        {
            if (a == 10 && b >= 1 && b <= 9)
            {
                return 10 + b; // 十一
            }

            if (a >= 2 && a <= 9 && b == 10)
            {
                return a * 10; // 二十
            }

            return -1;
        }

        var c = Chars.NumeralValue(text[start + 2]);
        return a >= 2 && a <= 9 && b == 10 && c >= 1 && c <= 9 ? (a * 10) + c : -1; // 二十一
    }

    /// <summary>How many numeral characters end just before <paramref name="end"/> (at most 3).</summary>
    public static int CountBefore(string text, int end)
    {
        var n = 0;
        while (n < 3 && end - n - 1 >= 0 && Chars.IsNumeral(text[end - n - 1]))
        {
            n++;
        }

        return n;
    }

    /// <summary>How many numeral characters start at <paramref name="start"/> (at most 3).</summary>
    public static int CountFrom(string text, int start)
    {
        var n = 0;
        while (n < 3 && start + n < text.Length && Chars.IsNumeral(text[start + n]))
        {
            n++;
        }

        return n;
    }
}
