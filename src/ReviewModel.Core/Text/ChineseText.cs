using System;
using NodaTime;
using NodaTime.Text;
using ReviewModel.Model;

namespace ReviewModel.Text;

/// <summary>
/// The Chinese numbers and dates of these documents, each written and read in one place:
/// numerals (<c>一</c>, <c>十二</c>, <c>一百零五</c>), section numbers <c>一、</c>, heading numbers
/// <c>（一）</c>, item markers <c>一是</c>, and dates as <c>2022年1月5日</c> (no zero padding, as the
/// official format requires).
/// </summary>
/// <remarks>
/// Format and parse are paired, as in NodaTime's <see cref="LocalDatePattern"/>: for every value
/// <c>v</c> in range, <c>Parse(Format(v)) == v</c>. The numerals are the ones Humanizer writes for
/// <c>zh-CN</c>; this assembly does not depend on Humanizer because the compiler loads it with the
/// analyzers, and Humanizer brings assemblies the .NET 8 SDK's compiler cannot load.
/// </remarks>
public static class ChineseText
{
    /// <summary>The largest number <see cref="Numeral(int)"/> writes: 99 999 999 (九千九百九十九万九千九百九十九).</summary>
    public const int MaxNumeral = 99_999_999;

    private const string Digits = "零一二三四五六七八九";
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'");

    /// <summary>The Chinese numeral of a positive number: 1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五.</summary>
    /// <param name="number">A number from 1 to <see cref="MaxNumeral"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside that range.</exception>
    public static string Numeral(int number)
    {
        if (number < 1 || number > MaxNumeral)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "编号须在 1 至 99999999 之间 (numbering starts at 1, up to 99999999).");
        }

        var text = number >= 10_000
            ? FourDigits(number / 10_000, leadingTen: true) + "万" + (number % 10_000 == 0 ? string.Empty : (number % 10_000 < 1000 ? "零" : string.Empty) + FourDigits(number % 10_000, leadingTen: false))
            : FourDigits(number, leadingTen: true);
        return text;
    }

    /// <summary>Reads a Chinese numeral written as <see cref="Numeral(int)"/> writes it, or in the common variants
    /// (<c>两</c>, financial forms <c>壹贰叁</c>, <c>〇</c>).</summary>
    /// <param name="text">The numeral, nothing else.</param>
    /// <returns>The number, or null when <paramref name="text"/> is not a numeral from 1 to <see cref="MaxNumeral"/>.</returns>
    public static int? ParseNumeral(string? text) => ChineseNumerals.ParseWhole(text);

    /// <summary>The section number: <c>一、</c>.</summary>
    /// <param name="number">A number from 1.</param>
    public static string SectionNumber(int number) => Numeral(number) + "、";

    /// <summary>The heading number: <c>（一）</c> or <c>(一)</c>, or the list number of a section the author numbered as a list (<c>1.</c>, <c>一是</c>…).</summary>
    /// <param name="number">A number from 1.</param>
    /// <param name="style">The numbering style.</param>
    public static string HeadingNumber(int number, HeadingNumberStyle style = HeadingNumberStyle.FullWidth) => style switch
    {
        HeadingNumberStyle.HalfWidth => $"({Numeral(number)})",
        HeadingNumberStyle.ArabicDot => ItemMarker(number, ItemNumberStyle.ArabicDot),
        HeadingNumberStyle.ArabicComma => ItemMarker(number, ItemNumberStyle.ArabicComma),
        HeadingNumberStyle.ArabicParenthesised => ItemMarker(number, ItemNumberStyle.ArabicParenthesised),
        HeadingNumberStyle.ChineseOrdinal => ItemMarker(number, ItemNumberStyle.ChineseOrdinal),
        HeadingNumberStyle.Circled => ItemMarker(number, ItemNumberStyle.Circled),
        HeadingNumberStyle.Ordinal => ItemMarker(number, ItemNumberStyle.Ordinal),
        _ => $"（{Numeral(number)}）",
    };

    /// <summary>The heading style that writes a list numbered in <paramref name="style"/>.</summary>
    /// <param name="style">How the author numbered the list.</param>
    public static HeadingNumberStyle HeadingStyleOf(ItemNumberStyle style) => style switch
    {
        ItemNumberStyle.ArabicDot => HeadingNumberStyle.ArabicDot,
        ItemNumberStyle.ArabicComma => HeadingNumberStyle.ArabicComma,
        ItemNumberStyle.ArabicParenthesised => HeadingNumberStyle.ArabicParenthesised,
        ItemNumberStyle.Circled => HeadingNumberStyle.Circled,
        ItemNumberStyle.Ordinal => HeadingNumberStyle.Ordinal,
        _ => HeadingNumberStyle.ChineseOrdinal,
    };

    /// <summary>The item marker: <c>一是</c>.</summary>
    /// <param name="number">A number from 1.</param>
    public static string ItemMarker(int number) => Numeral(number) + "是";

    /// <summary>The item marker in the author's style: <c>一是</c>, <c>1.</c>, <c>1、</c>, <c>（1）</c>, <c>①</c> (up to ⑳, then <c>（21）</c>), <c>第一，</c>.</summary>
    /// <param name="number">A number from 1.</param>
    /// <param name="style">The numbering style.</param>
    public static string ItemMarker(int number, ItemNumberStyle style)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "编号从 1 开始 (numbering starts at 1).");
        }

        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return style switch
        {
            ItemNumberStyle.ArabicDot => digits + ".",
            ItemNumberStyle.ArabicComma => digits + "、",
            ItemNumberStyle.ArabicParenthesised => "（" + digits + "）",
            ItemNumberStyle.Circled => number <= 20 ? ((char)('①' + number - 1)).ToString() : "（" + digits + "）",
            ItemNumberStyle.Ordinal => "第" + Numeral(number) + "，",
            _ => ItemMarker(number),
        };
    }

    /// <summary>A date in the official form: <c>2022年1月5日</c>.</summary>
    /// <param name="date">The date.</param>
    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    /// <summary>Parses a date in the official form (<c>2022年1月5日</c>); full-width digits are read as digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or null when the text is not such a date.</returns>
    public static LocalDate? ParseDate(string? text)
    {
        var result = DatePattern.Parse(ChineseNumerals.NormalizeDigits(text?.Trim() ?? string.Empty));
        return result.Success ? result.Value : null;
    }

    /// <summary>Formats a deadline as the official text writes it: <c>2025年6月30日</c>, <c>2025年9月底</c>,
    /// <c>2025年底</c>, <c>每季度</c>, <c>长期坚持</c>, or the words it was read from when it has no date.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static string FormatDeadline(Deadline deadline) =>
        DeadlineText.Format(deadline ?? throw new ArgumentNullException(nameof(deadline)));

    /// <summary>Parses a deadline as written in a 完成时限 field or in running text: <c>2025年6月30日</c>,
    /// <c>2025年6月底</c>, <c>9月底前</c> (with <paramref name="contextYear"/>), <c>年底前</c>, <c>每季度</c>, <c>长期坚持</c>.
    /// Format and parse are paired: <c>ParseDeadline(FormatDeadline(d), null)</c> gives back a deadline of the same kind and date.</summary>
    /// <param name="text">The words.</param>
    /// <param name="contextYear">The year a month or year end without its year falls in, or null.</param>
    /// <returns>The deadline, or null when the text names none.</returns>
    public static Deadline? ParseDeadline(string? text, int? contextYear = null) =>
        string.IsNullOrWhiteSpace(text) ? null : DeadlineText.ParseValue(text!, contextYear);

    // 1…9999; "leadingTen" writes 10…19 as 十…十九 (not 一十…) when the number starts the numeral.
    private static string FourDigits(int n, bool leadingTen)
    {
        var thousands = n / 1000;
        var hundreds = n / 100 % 10;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var s = new System.Text.StringBuilder(8);
        if (thousands > 0)
        {
            s.Append(Digits[thousands]).Append('千');
        }

        if (hundreds > 0)
        {
            s.Append(Digits[hundreds]).Append('百');
        }
        else if (thousands > 0 && (tens > 0 || ones > 0))
        {
            s.Append('零');
        }

        if (tens > 0)
        {
            if (!(leadingTen && tens == 1 && n < 20))
            {
                s.Append(Digits[tens]);
            }

            s.Append('十');
        }
        else if (hundreds > 0 && ones > 0)
        {
            s.Append('零');
        }

        if (ones > 0)
        {
            s.Append(Digits[ones]);
        }

        return s.ToString();
    }
}
