using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace ReviewModel.Ledger.Persistence;

/// <summary>Dates in cells: spreadsheet serial numbers (days since 1899-12-30) and the ways people type them.</summary>
internal static class CellDates
{
    private static readonly LocalDate Epoch = new(1899, 12, 30);

    private static readonly Regex Typed = new(
        @"^\s*(\d{4})\s*(?:年|-|/|\.|－|／|．)\s*(\d{1,2})\s*(?:月|-|/|\.|－|／|．)\s*(\d{1,2})\s*日?\s*$",
        RegexOptions.CultureInvariant);

    public static double ToSerial(LocalDate date) => Period.Between(Epoch, date, PeriodUnits.Days).Days;

    public static LocalDate? FromSerial(double serial)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2958465)
        {
            return null;
        }

        return Epoch.PlusDays((int)Math.Floor(serial));
    }

    /// <summary>Parses 2025年6月30日, 2025-06-30, 2025/6/30, 2025.6.30 (full-width digits and separators too).</summary>
    public static LocalDate? Parse(string text)
    {
        var match = Typed.Match(Normalise(text));
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    private static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= '０' && chars[i] <= '９')
            {
                chars[i] = (char)(chars[i] - '０' + '0');
            }
        }

        return new string(chars);
    }
}
