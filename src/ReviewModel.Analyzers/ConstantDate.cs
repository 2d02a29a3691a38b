using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewModel.Analyzers;

/// <summary>
/// A <c>new LocalDate(year, month, day)</c> whose arguments are constants and form a valid ISO date.
/// </summary>
internal readonly struct ConstantDate : IComparable<ConstantDate>
{
    private ConstantDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    /// <summary>Reads a constant date, or returns null when the expression is anything else.</summary>
    public static ConstantDate? From(IOperation? operation, INamedTypeSymbol? localDate)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        if (localDate is null || operation is not IObjectCreationOperation creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, localDate)
            || creation.Arguments.Length != 3 || creation.Initializer is not null)
        {
            return null;
        }

        var values = new int[3];
        foreach (var argument in creation.Arguments)
        {
            var index = argument.Parameter?.Name switch
            {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                _ => -1,
            };
            if (index < 0 || argument.Value.ConstantValue is not { HasValue: true, Value: int value })
            {
                return null;
            }

            values[index] = value;
        }

        var (y, m, d) = (values[0], values[1], values[2]);
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null; // not a date LocalDate accepts without throwing, or outside what we compare
        }

        return new ConstantDate(y, m, d);
    }

    /// <summary>The official Chinese form, as the library renders dates: <c>2022年1月5日</c>.</summary>
    public override string ToString() => $"{Year:0000}年{Month}月{Day}日";

    public int CompareTo(ConstantDate other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);
}
