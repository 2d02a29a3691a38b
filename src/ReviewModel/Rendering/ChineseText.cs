using System;
using System.Globalization;
using Humanizer;
using NodaTime;
using NodaTime.Text;
using ReviewModel.Model;

namespace ReviewModel.Rendering;

/// <summary>
/// The Chinese numbering and date forms of these documents: <c>一、</c> section numbers,
/// <c>（一）</c> heading numbers, <c>一是</c> item markers (numerals from Humanizer), and dates as
/// <c>2022年1月5日</c> (NodaTime pattern, no zero padding, as the official format requires).
/// </summary>
public static class ChineseText
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly char[] FullWidthDigits = "０１２３４５６７８９".ToCharArray();
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'");

    /// <summary>The Chinese numeral of a positive number: 1 → 一, 10 → 十, 12 → 十二.</summary>
    /// <param name="number">A number from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public static string Numeral(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "编号从 1 开始 (numbering starts at 1).");
        }

        return number.ToWords(Chinese);
    }

    /// <summary>The section number: <c>一、</c>.</summary>
    /// <param name="number">A number from 1.</param>
    public static string SectionNumber(int number) => Numeral(number) + "、";

    /// <summary>The heading number: <c>（一）</c> or <c>(一)</c>.</summary>
    /// <param name="number">A number from 1.</param>
    /// <param name="style">Full-width or half-width parentheses.</param>
    public static string HeadingNumber(int number, HeadingNumberStyle style = HeadingNumberStyle.FullWidth) =>
        style == HeadingNumberStyle.HalfWidth ? $"({Numeral(number)})" : $"（{Numeral(number)}）";

    /// <summary>The item marker: <c>一是</c>.</summary>
    /// <param name="number">A number from 1.</param>
    public static string ItemMarker(int number) => Numeral(number) + "是";

    /// <summary>A date in the official form: <c>2022年1月5日</c>.</summary>
    /// <param name="date">The date.</param>
    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    /// <summary>Parses a date in the official form (<c>2022年1月5日</c>); full-width digits (<c>２０２２年１月５日</c>) are read as digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or null when the text is not such a date.</returns>
    public static LocalDate? ParseDate(string text)
    {
        var result = DatePattern.Parse(HalfWidthDigits(text?.Trim() ?? string.Empty));
        return result.Success ? result.Value : null;
    }

    private static string HalfWidthDigits(string text)
    {
        if (text.IndexOfAny(FullWidthDigits) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= '０' && chars[i] <= '９')
            {
                chars[i] = (char)('0' + (chars[i] - '０'));
            }
        }

        return new string(chars);
    }
}
