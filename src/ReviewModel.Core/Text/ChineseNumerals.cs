using System;

namespace ReviewModel.Text;

/// <summary>
/// Reads Chinese numerals: the small ones used in numbering (一 … 九十九, at a position in a line) and whole
/// numerals up to 万 for <see cref="ChineseText.ParseNumeral(string)"/>. The one table of numeral characters.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The value of a Chinese numeral digit (一…九, 十 = 10, 〇/零 = 0; 两 and the financial forms too), or -1.</summary>
    public static int NumeralValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        '十' or '拾' => 10,
        _ => -1,
    };

    /// <summary>Whether <paramref name="c"/> is a numeral digit (including 〇, 零 and 十).</summary>
    public static bool IsNumeral(char c) => NumeralValue(c) >= 0;

    /// <summary>Whether <paramref name="c"/> can stand in a written-out number: a numeral digit or a unit (百, 千, 万 and their financial forms).</summary>
    public static bool IsNumberCharacter(char c) => NumeralValue(c) >= 0 || c is '百' or '佰' or '千' or '仟' or '万' or '萬';

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width digit.</summary>
    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    /// <summary>The value of an ASCII or full-width digit.</summary>
    public static int DigitValue(char c) => c >= '０' && c <= '９' ? c - '０' : c - '0';

    /// <summary>The text with full-width digits (０…９) written as ASCII digits; everything else unchanged.</summary>
    public static string NormalizeDigits(string text)
    {
        var i = 0;
        while (i < text.Length && !(text[i] >= '０' && text[i] <= '９'))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (chars[i] >= '０' && chars[i] <= '９')
            {
                chars[i] = (char)('0' + (chars[i] - '０'));
            }
        }

        return new string(chars);
    }

    /// <summary>Parses a whole numeral (一, 十二, 一百零五, 三万零二十); null when it is not one from 1 to 99 999 999.</summary>
    public static int? ParseWhole(string? text)
    {
        if (string.IsNullOrEmpty(text) || text!.Length > 24)
        {
            return null;
        }

        long total = 0;   // completed 万 groups
        long group = 0;   // the current group below 万
        var digit = -1;   // a digit waiting for its unit
        var lastUnit = 100_000; // units must fall within a group
        foreach (var c in text)
        {
            var unit = c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' or '仟' => 1000, '万' or '萬' => 10_000, _ => 0 };
            if (unit == 0)
            {
                var v = NumeralValue(c);
                if (v < 0 || v == 10 || digit > 0)
                {
                    return null;
                }

                digit = v == 0 ? -1 : v;
                continue;
            }

            if (unit == 10_000)
            {
                group += digit > 0 ? digit : 0;
                if (group == 0 || total > 0)
                {
                    return null;
                }

                total = group * 10_000;
                group = 0;
                digit = -1;
                lastUnit = 100_000;
                continue;
            }

            if (unit >= lastUnit)
            {
                return null;
            }

            group += (digit > 0 ? digit : (unit == 10 && group == 0 && total == 0 ? 1 : -1_000_000)) * unit;
            if (group < 0)
            {
                return null;
            }

            digit = -1;
            lastUnit = unit;
        }

        var value = total + group + (digit > 0 ? digit : 0);
        return value >= 1 && value <= ChineseText.MaxNumeral ? (int)value : null;
    }

    /// <summary>Parses <paramref name="length"/> numeral characters of <paramref name="text"/> at <paramref name="start"/>; -1 when not a valid number 1…99.</summary>
    public static int Parse(ReadOnlySpan<char> text, int start, int length)
    {
        if (length < 1 || length > 3)
        {
            return -1;
        }

        var a = NumeralValue(text[start]);
        if (length == 1)
        {
            return a >= 1 ? a : -1;
        }

        var b = NumeralValue(text[start + 1]);
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

        var c = NumeralValue(text[start + 2]);
        return a >= 2 && a <= 9 && b == 10 && c >= 1 && c <= 9 ? (a * 10) + c : -1; // 二十一
    }

    /// <summary>How many numeral characters end just before <paramref name="end"/> (at most 3).</summary>
    public static int CountBefore(ReadOnlySpan<char> text, int end)
    {
        var n = 0;
        while (n < 3 && end - n - 1 >= 0 && IsNumeral(text[end - n - 1]))
        {
            n++;
        }

        return n;
    }

    /// <summary>How many numeral characters start at <paramref name="start"/> (at most 3).</summary>
    public static int CountFrom(ReadOnlySpan<char> text, int start)
    {
        var n = 0;
        while (n < 3 && start + n < text.Length && IsNumeral(text[start + n]))
        {
            n++;
        }

        return n;
    }
}
