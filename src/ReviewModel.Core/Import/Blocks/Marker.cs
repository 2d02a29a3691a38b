using System;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>The numbering at the start of a paragraph: its kind, number, style and how many characters it takes
/// (including spaces after it). Reading never looks further than a few characters.</summary>
internal readonly struct Marker
{
    public Marker(MarkerKind kind, int number, int length, HeadingNumberStyle style = HeadingNumberStyle.FullWidth)
    {
        Kind = kind;
        Number = number;
        Length = length;
        Style = style;
    }

    public static Marker None => default;

    public MarkerKind Kind { get; }

    public int Number { get; }

    public int Length { get; }

    public HeadingNumberStyle Style { get; }

    /// <summary>Reads the marker at the start of <paramref name="text"/> (a paragraph, read in place).</summary>
    public static Marker Read(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return None;
        }

        var c = text[0];
        if (c == '第' && text.Length > 2)
        {
            return ReadOrdinal(text);
        }

        if (Chars.IsNumeral(c))
        {
            var n = ChineseNumerals.CountFrom(text, 0);
            for (var len = n; len >= 1; len--)
            {
                var number = ChineseNumerals.Parse(text, 0, len);
                if (number < 1)
                {
                    continue;
                }

                var at = SkipSpaces(text, len, 1);
                if (at < text.Length && (text[at] == '、' || ((text[at] == '.' || text[at] == '．') && at + 1 < text.Length && !Chars.IsDigit(text[at + 1]))))
                {
                    return new Marker(MarkerKind.Section, number, SkipSpaces(text, at + 1, int.MaxValue));
                }

                if (at < text.Length && text[at] == '是' && at + 1 < text.Length)
                {
                    var end = SkipSpaces(text, at + 1, int.MaxValue);
                    if (end < text.Length && (text[end] == '，' || text[end] == ','))
                    {
                        end = SkipSpaces(text, end + 1, int.MaxValue);
                    }

                    return new Marker(MarkerKind.Item, number, end);
                }
            }

            return None;
        }

        if (Chars.IsOpenParen(c))
        {
            var at = SkipSpaces(text, 1, 2);
            var style = c == '(' ? HeadingNumberStyle.HalfWidth : HeadingNumberStyle.FullWidth;
            var n = ChineseNumerals.CountFrom(text, at);
            if (n > 0)
            {
                var number = ChineseNumerals.Parse(text, at, n);
                var close = SkipSpaces(text, at + n, 2);
                if (number >= 1 && close < text.Length && Chars.IsCloseParen(text[close]))
                {
                    return new Marker(MarkerKind.Heading, number, AfterMarker(text, close + 1), style);
                }

                return None;
            }

            var digits = CountDigits(text, at);
            if (digits is >= 1 and <= 2)
            {
                var close = SkipSpaces(text, at + digits, 2);
                if (close < text.Length && Chars.IsCloseParen(text[close]))
                {
                    return new Marker(MarkerKind.Arabic, DigitsValue(text, at, digits), AfterMarker(text, close + 1), style);
                }
            }

            return None;
        }

        if (Chars.IsCircled(c))
        {
            return new Marker(MarkerKind.Arabic, c - '①' + 1, SkipSpaces(text, 1, int.MaxValue));
        }

        var count = CountDigits(text, 0);
        if (count is >= 1 and <= 2 && count < text.Length)
        {
            var p = text[count];
            var next = count + 1 < text.Length ? text[count + 1] : '\0';
            if (p == '、' || ((p == '.' || p == '．') && ((!Chars.IsDigit(next) && next != '\0') || StartsYear(text, count + 1))) || ((p == '）' || p == ')') && next != '\0'))
            {
                return new Marker(MarkerKind.Arabic, DigitsValue(text, 0, count), SkipSpaces(text, count + 1, int.MaxValue));
            }
        }

        return None;
    }

    /// <summary><c>第一部分</c> (a section) or <c>第一，</c> / <c>第一、</c> (an item).</summary>
    private static Marker ReadOrdinal(ReadOnlySpan<char> text)
    {
        var n = ChineseNumerals.CountFrom(text, 1);
        var number = n > 0 ? ChineseNumerals.Parse(text, 1, n) : -1;
        if (number < 1)
        {
            return None;
        }

        var at = 1 + n;
        if (at + 1 < text.Length && text[at] == '部' && text[at + 1] == '分')
        {
            var end = SkipSpaces(text, at + 2, int.MaxValue);
            if (end < text.Length && (text[end] == '：' || text[end] == ':' || text[end] == '、' || text[end] == '，'))
            {
                end = SkipSpaces(text, end + 1, int.MaxValue);
            }

            return new Marker(MarkerKind.Section, number, end);
        }

        if (at < text.Length && (text[at] == '，' || text[at] == ',' || text[at] == '、'))
        {
            return new Marker(MarkerKind.Item, number, SkipSpaces(text, at + 1, int.MaxValue));
        }

        return None;
    }

    /// <summary>"2.2024年底前……": a year after the number's dot, not a decimal.</summary>
    private static bool StartsYear(ReadOnlySpan<char> text, int at) =>
        at + 4 < text.Length && Chars.IsDigit(text[at]) && Chars.IsDigit(text[at + 1]) && Chars.IsDigit(text[at + 2]) && Chars.IsDigit(text[at + 3]) && text[at + 4] == '年';

    private static int AfterMarker(ReadOnlySpan<char> text, int at)
    {
        at = SkipSpaces(text, at, int.MaxValue);
        if (at < text.Length && (text[at] == '、' || text[at] == '.' || text[at] == '．'))
        {
            at = SkipSpaces(text, at + 1, int.MaxValue);
        }

        return at;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at, int max)
    {
        var skipped = 0;
        while (at < text.Length && skipped < max && Chars.IsSpace(text[at]))
        {
            at++;
            skipped++;
        }

        return at;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int at)
    {
        var n = 0;
        while (at + n < text.Length && n < 3 && Chars.IsDigit(text[at + n]))
        {
            n++;
        }

        return n;
    }

    private static int DigitsValue(ReadOnlySpan<char> text, int at, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + Chars.DigitValue(text[at + i]);
        }

        return value;
    }
}
