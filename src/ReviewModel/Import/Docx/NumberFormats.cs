using System;
using System.Globalization;
using System.Text;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Writes a list number the way Word displays it for a <c>w:numFmt</c> value: <c>decimal</c> 1,
/// <c>chineseCounting</c> 一, <c>ideographTraditional</c> 甲, <c>decimalEnclosedCircleChinese</c> ①,
/// <c>upperRoman</c> I, <c>lowerLetter</c> a, <c>decimalFullWidth</c> １… A format it does not know is
/// written in decimal, so no number is ever lost.
/// </summary>
internal static class NumberFormats
{
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";
    private const string IdeographDigits = "〇一二三四五六七八九";
    private const string LegalSimplified = "零壹贰叁肆伍陆柒捌玖";
    private const string LegalTraditional = "零壹貳參肆伍陸柒捌玖";

    /// <summary>The number <paramref name="number"/> in format <paramref name="format"/> (the attribute's text).</summary>
    public static string Format(int number, string? format)
    {
        if (number < 0)
        {
            number = 0;
        }

        switch (format)
        {
            case null:
            case "":
            case "decimal":
            case "decimalHalfWidth":
                return Decimal(number);
            case "decimalZero":
                return number < 10 ? "0" + Decimal(number) : Decimal(number);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return FullWidth(Decimal(number));
            case "chineseCounting":
            case "chineseCountingThousand":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "japaneseCounting":
                return number >= 1 && number <= ChineseText.MaxNumeral ? ChineseText.Numeral(number) : IdeographDigital(number);
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand":
                return IdeographDigital(number);
            case "chineseLegalSimplified":
                return Legal(number, LegalSimplified, "拾佰仟");
            case "ideographLegalTraditional":
            case "japaneseLegal":
                return Legal(number, LegalTraditional, "拾佰仟");
            case "ideographTraditional":
                return number >= 1 ? Stems[(number - 1) % Stems.Length].ToString() : Decimal(number);
            case "ideographZodiac":
                return number >= 1 ? Branches[(number - 1) % Branches.Length].ToString() : Decimal(number);
            case "ideographZodiacTraditional":
                return number >= 1 ? Stems[(number - 1) % Stems.Length].ToString() + Branches[(number - 1) % Branches.Length] : Decimal(number);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return number is >= 1 and <= 20 ? ((char)('①' + number - 1)).ToString() : Decimal(number);
            case "ideographEnclosedCircle":
                return number is >= 1 and <= 10 ? ((char)('㈠' + number - 1)).ToString() : Decimal(number);
            case "decimalEnclosedFullstop":
                return number is >= 1 and <= 20 ? ((char)('⒈' + number - 1)).ToString() : Decimal(number) + ".";
            case "decimalEnclosedParen":
                return number is >= 1 and <= 20 ? ((char)('⑴' + number - 1)).ToString() : "(" + Decimal(number) + ")";
            case "upperRoman":
                return Roman(number);
            case "lowerRoman":
                return Roman(number).ToLowerInvariant();
            case "upperLetter":
                return Letters(number, 'A');
            case "lowerLetter":
                return Letters(number, 'a');
            case "ordinal":
                return Decimal(number) + Suffix(number);
            case "none":
                return string.Empty;
            default:
                return Decimal(number);
        }
    }

    private static string Decimal(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits)
    {
        var chars = digits.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(chars[i] - '0' + '０');
        }

        return new string(chars);
    }

    private static string IdeographDigital(int number)
    {
        var digits = Decimal(number);
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            builder.Append(IdeographDigits[c - '0']);
        }

        return builder.ToString();
    }

    /// <summary>Financial numerals (壹拾贰) up to 9999; larger numbers are written digit by digit.</summary>
    private static string Legal(int number, string digits, string units)
    {
        if (number < 1 || number > 9999)
        {
            var builder = new StringBuilder();
            foreach (var c in Decimal(number))
            {
                builder.Append(digits[c - '0']);
            }

            return builder.ToString();
        }

        var text = new StringBuilder();
        var zero = false;
        for (var power = 3; power >= 0; power--)
        {
            var divisor = power switch { 3 => 1000, 2 => 100, 1 => 10, _ => 1 };
            var digit = number / divisor % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append(digits[0]);
                zero = false;
            }

            text.Append(digits[digit]);
            if (power > 0)
            {
                text.Append(units[power - 1]);
            }
        }

        return text.ToString();
    }

    private static string Roman(int number)
    {
        if (number < 1 || number > 3999)
        {
            return Decimal(number);
        }

        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated).</summary>
    private static string Letters(int number, char first)
    {
        if (number < 1)
        {
            return Decimal(number);
        }

        var letter = (char)(first + ((number - 1) % 26));
        var count = Math.Min(((number - 1) / 26) + 1, 50);
        return new string(letter, count);
    }

    private static string Suffix(int number) =>
        (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
