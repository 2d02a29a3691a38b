using System;
using System.Globalization;
using Humanizer;

namespace ReviewModel.Ledger;

/// <summary>
/// How the ledger's views say a span of days in Chinese (<c>3 天</c>, <c>2 周</c>), with Humanizer — this layer
/// may use it; the core, which the compiler loads, writes its own numerals.
/// </summary>
internal static class LedgerText
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>A span of whole days as words: <c>1 天</c>, <c>3 周</c>.</summary>
    /// <param name="days">A positive number of days.</param>
    public static string Days(int days) => TimeSpan.FromDays(Math.Max(1, days)).Humanize(precision: 1, culture: Chinese, maxUnit: TimeUnit.Week);
}
