using System;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Text;

/// <summary>
/// Reads deadlines written in Chinese: a labelled value (<c>完成时限：2025年6月底</c>) or the time limit in a
/// measure's running text (<c>于2025年6月30日前完成</c>, <c>9月底前</c>, <c>年底前</c>, <c>x月x日前</c>,
/// <c>每季度</c>, <c>长期坚持</c>). A month or year written without its year takes the context year (the year
/// the measures run in); without one, the deadline keeps only its words. One pass, no regular expressions.
/// </summary>
internal static class DeadlineText
{
    /// <summary>The periods a recurring commitment names after 每, longest first.</summary>
    private static readonly string[] Periods = { "季度", "半年", "学期", "周", "月", "季", "年" };

    /// <summary>What running text may promise instead of a date.</summary>
    private const string LongTermWords = "长期坚持";

    /// <summary>The characters <see cref="Find{T}"/> stops at: what may start a date (digits, masks x, 年), 每 and 长.</summary>
    private const string StartCharacters = "0123456789０１２３４５６７８９xX×ｘＸ年每长";

#if NET8_0_OR_GREATER
    /// <summary><see cref="StartCharacters"/> for a vectorised search: running text is skipped, not tested a character at a time.</summary>
    private static readonly System.Buffers.SearchValues<char> Starts = System.Buffers.SearchValues.Create(StartCharacters);
#else
    private static readonly CharSet Starts = new(StartCharacters);
#endif

    /// <summary>Where the next of <see cref="StartCharacters"/> stands at or after <paramref name="from"/>, or -1.</summary>
    private static int NextStart(ReadOnlySpan<char> text, int from)
    {
#if NET8_0_OR_GREATER
        var at = from >= text.Length ? -1 : text.Slice(from).IndexOfAny(Starts);
        return at < 0 ? -1 : from + at;
#else
        for (var i = from; i < text.Length; i++)
        {
            if (Starts.Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>Reads a labelled value: the whole value is the deadline (<c>2025年6月30日</c>, <c>2025年底</c>, <c>长期坚持</c>, <c>每季度</c>).</summary>
    public static Deadline? ParseValue(string value, int? contextYear)
    {
        var v = value.Trim();
        if (v.IndexOf("长期", StringComparison.Ordinal) >= 0 || v.IndexOf("持续", StringComparison.Ordinal) >= 0 || v.IndexOf("常态", StringComparison.Ordinal) >= 0)
        {
            return Deadline.LongTerm;
        }

        for (var i = 0; i < v.Length; i++)
        {
            if (TryReadDate(new StringText(v), i, contextYear, out var date, out _))
            {
                return date;
            }
        }

        // A labelled month (完成时限：2025年12月) is that month's end, as 2025年12月底 is.
        var month = v.TrimEnd('。', '；', ';', '，', ',', '）', ')', ' ', '\u3000');
        if (month.Length > 1 && month[month.Length - 1] == '月' && ChineseNumerals.IsDigit(month[month.Length - 2]))
        {
            var end = ParseValue(month + "底", contextYear);
            if (end is not null)
            {
                return end;
            }
        }

        return FindRecurrence(new StringText(v), 0);
    }

    /// <summary>Finds the time limit in running text: the latest date written as a limit (followed by 前, or a
    /// month or year end), else the first recurrence (每月, 每季度), else 长期坚持; marked inferred, with its words.</summary>
    public static Deadline? Find(string text, int? contextYear) => Find(new StringText(text), contextYear);

    /// <summary>Finds the time limit in running text read from a string or a buffer (see <see cref="Find(string, int?)"/>).</summary>
    public static Deadline? Find<T>(T text, int? contextYear)
        where T : struct, ITextSource
    {
        // One pass: dates, and the first recurrence and any 长期坚持 for when no date is a limit (a date never holds 每 or 长,
        // so skipping past one skips neither).
        Deadline? best = null;
        string? period = null;
        var longTerm = false;
        for (var i = NextStart(text.Span, 0); i >= 0; i = NextStart(text.Span, i + 1))
        {
            var c = text[i];
            if (c == '每')
            {
                period ??= PeriodAt(text, i);
                continue;
            }

            if (c == '长')
            {
                longTerm = longTerm || text.StartsWithAt(i, LongTermWords);
                continue;
            }

            if (!CanStartDate(text, i) || !TryReadDate(text, i, contextYear, out var date, out var end))
            {
                continue;
            }

            var limit = SkipSpaces(text, end);
            var before = i > 0 ? text[i - 1] : '\0';
            var isLimit = At(text, limit) == '前' || (At(text, limit) == '之' && At(text, limit + 1) == '前') || (At(text, limit) == '以' && At(text, limit + 1) == '前')
                || ((date.Kind is DeadlineKind.MonthEnd or DeadlineKind.YearEnd) && At(text, limit) != '起' && At(text, limit) != '以');
            if (!isLimit || before == '自' || before == '从')
            {
                i = end - 1;
                continue;
            }

            var wordsEnd = At(text, limit) == '前' ? limit + 1 : At(text, limit + 1) == '前' ? limit + 2 : end;
            var found = date.AsInferred(text.Substring(i, wordsEnd - i));
            if (best is null || (found.Date is { } d && (best.Date is not { } b || d > b)))
            {
                best = found;
            }

            i = end - 1;
        }

        if (best is not null)
        {
            return best;
        }

        if (period is not null)
        {
            var recurring = Deadline.Recurring("每" + period);
            return recurring.AsInferred(recurring.Recurrence);
        }

        return longTerm ? Deadline.LongTerm.AsInferred(LongTermWords) : null;
    }

    /// <summary>Formats a deadline as the official text writes it.</summary>
    public static string Format(Deadline deadline)
    {
        if (deadline.Date is not { } date)
        {
            return deadline.Kind switch
            {
                DeadlineKind.LongTerm => "长期坚持",
                DeadlineKind.Recurring => deadline.Recurrence ?? string.Empty,
                _ => deadline.Text ?? string.Empty,
            };
        }

        return deadline.Kind switch
        {
            DeadlineKind.MonthEnd => $"{date.Year}年{date.Month}月底",
            DeadlineKind.YearEnd => $"{date.Year}年底",
            _ => ChineseText.FormatDate(date),
        };
    }

    private static Deadline? FindRecurrence<T>(T text, int from)
        where T : struct, ITextSource
    {
        for (var i = text.IndexOf('每', from); i >= 0; i = text.IndexOf('每', i + 1))
        {
            if (PeriodAt(text, i) is { } period)
            {
                return Deadline.Recurring("每" + period);
            }
        }

        return null;
    }

    /// <summary>The period the 每 at <paramref name="i"/> names (月 in 每月, 季度 in 每季度), or null.</summary>
    private static string? PeriodAt<T>(T text, int i)
        where T : struct, ITextSource
    {
        if (i + 1 >= text.Length)
        {
            return null;
        }

        foreach (var period in Periods)
        {
            if (text.StartsWithAt(i + 1, period) && !(period == "季" && At(text, i + 2) == '度'))
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>Where a date may start: a digit not after another digit, a mask x before 月, or 年底/年末/年内 with no year before.</summary>
    private static bool CanStartDate<T>(T text, int i)
        where T : struct, ITextSource
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\0';
        if (ChineseNumerals.IsDigit(c))
        {
            return !ChineseNumerals.IsDigit(before) && before != '.' && before != '-' && before != '/';
        }

        if (IsMask(c))
        {
            return !IsMask(before) && !IsLatin(before) && (At(text, i + 1) == '月' || (IsMask(At(text, i + 1)) && At(text, i + 2) == '月'));
        }

        return c == '年' && !ChineseNumerals.IsDigit(before) && !IsMask(before) && before != '全' && before != '每' && before != '当' && before != '去' && before != '今' && before != '明' && before != '上' && before != '下' && before != '本'
            && (At(text, i + 1) == '底' || At(text, i + 1) == '末' || At(text, i + 1) == '内');
    }

    /// <summary>Reads a date at <paramref name="i"/>: 2025年6月30日, 2025年6月底, 2025年6月, 2025年底, 2025-06-30, 6月30日, 9月底, 年底, x月x日.</summary>
    private static bool TryReadDate<T>(T text, int i, int? contextYear, out Deadline deadline, out int end)
        where T : struct, ITextSource
    {
        deadline = null!;
        end = i;
        if (text[i] == '年')
        {
            if (At(text, i + 1) != '底' && At(text, i + 1) != '末' && At(text, i + 1) != '内')
            {
                return false;
            }

            end = i + 2;
            var words = text.Substring(i, 2);
            deadline = contextYear is { } y ? Deadline.Create(DeadlineKind.YearEnd, new LocalDate(y, 12, 31), null, words) : Deadline.Create(DeadlineKind.YearEnd, null, null, words);
            return true;
        }

        if (IsMask(text[i]))
        {
            var j = i;
            while (j < text.Length && IsMask(text[j]))
            {
                j++;
            }

            if (At(text, j) != '月')
            {
                return false;
            }

            j++;
            var k = j;
            while (k < text.Length && (IsMask(text[k]) || ChineseNumerals.IsDigit(text[k])))
            {
                k++;
            }

            if (k > j && (At(text, k) == '日' || At(text, k) == '号'))
            {
                end = k + 1;
                deadline = Deadline.Create(DeadlineKind.Date, null, null, text.Substring(i, end - i));
                return true;
            }

            if (At(text, j) == '底' || At(text, j) == '末')
            {
                end = j + 1;
                deadline = Deadline.Create(DeadlineKind.MonthEnd, null, null, text.Substring(i, end - i));
                return true;
            }

            return false;
        }

        var (first, firstEnd) = ReadNumber(text, i, 4);
        if (firstEnd == i)
        {
            return false;
        }

        var sep = At(text, firstEnd);
        int? year = null;
        var at = firstEnd;
        if (firstEnd - i == 4 && sep == '年')
        {
            year = first;
            at = firstEnd + 1;
            if (At(text, at) == '度')
            {
                return false; // 2024年度: a year's name, not a limit
            }

            if (At(text, at) == '底' || At(text, at) == '末' || At(text, at) == '内')
            {
                end = at + 1;
                return Make(DeadlineKind.YearEnd, year.Value, 12, 31, text, i, end, out deadline);
            }
        }
        else if (firstEnd - i == 4 && (sep == '-' || sep == '.' || sep == '/' || sep == '－'))
        {
            var (month, monthEnd) = ReadNumber(text, firstEnd + 1, 2);
            if (monthEnd == firstEnd + 1 || At(text, monthEnd) != sep)
            {
                return false;
            }

            var (day, dayEnd) = ReadNumber(text, monthEnd + 1, 2);
            if (dayEnd == monthEnd + 1)
            {
                return false;
            }

            end = dayEnd;
            return Make(DeadlineKind.Date, first, month, day, text, i, end, out deadline);
        }
        else if (firstEnd - i <= 2 && sep == '月')
        {
            at = i;
        }
        else
        {
            return false;
        }

        var (m, mEnd) = ReadNumber(text, at, 2);
        if (mEnd == at || At(text, mEnd) != '月' || m < 1 || m > 12)
        {
            return false; // "2025年" alone is no limit
        }

        year ??= contextYear;
        var afterMonth = mEnd + 1;
        if (At(text, afterMonth) == '底' || At(text, afterMonth) == '末')
        {
            end = afterMonth + 1;
            return MakeMonthEnd(year, m, text, i, end, out deadline);
        }

        var (dd, dEnd) = ReadNumber(text, afterMonth, 2);
        if (dEnd > afterMonth && (At(text, dEnd) == '日' || At(text, dEnd) == '号'))
        {
            end = dEnd + 1;
            if (year is null)
            {
                deadline = Deadline.Create(DeadlineKind.Date, null, null, text.Substring(i, end - i));
                return true;
            }

            return Make(DeadlineKind.Date, year.Value, m, dd, text, i, end, out deadline);
        }

        if (At(text, afterMonth) == '份' || At(text, afterMonth) == '前' || At(text, afterMonth) == '内' || At(text, afterMonth) == '之')
        {
            end = At(text, afterMonth) == '份' ? afterMonth + 1 : afterMonth;
            return MakeMonthEnd(year, m, text, i, end, out deadline);
        }

        return false;
    }

    private static bool MakeMonthEnd<T>(int? year, int month, T text, int start, int end, out Deadline deadline)
        where T : struct, ITextSource
    {
        if (year is null)
        {
            deadline = Deadline.Create(DeadlineKind.MonthEnd, null, null, text.Substring(start, end - start));
            return true;
        }

        return Make(DeadlineKind.MonthEnd, year.Value, month, CalendarSystem.Iso.GetDaysInMonth(year.Value, month), text, start, end, out deadline);
    }

    private static bool Make<T>(DeadlineKind kind, int year, int month, int day, T text, int start, int end, out Deadline deadline)
        where T : struct, ITextSource
    {
        deadline = null!;
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        deadline = Deadline.Create(kind, new LocalDate(year, month, day));
        return true;
    }

    private static (int Value, int End) ReadNumber<T>(T text, int at, int maxDigits)
        where T : struct, ITextSource
    {
        var value = 0;
        var end = at;
        while (end < text.Length && end - at < maxDigits && ChineseNumerals.IsDigit(text[end]))
        {
            value = (value * 10) + ChineseNumerals.DigitValue(text[end]);
            end++;
        }

        return ChineseNumerals.IsDigit(At(text, end)) ? (0, at) : (value, end);
    }

    private static int SkipSpaces<T>(T text, int i)
        where T : struct, ITextSource
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\u3000'))
        {
            i++;
        }

        return i;
    }

    private static char At<T>(T text, int i)
        where T : struct, ITextSource => i >= 0 && i < text.Length ? text[i] : '\0';

    private static bool IsMask(char c) => c == 'x' || c == 'X' || c == '×' || c == 'ｘ' || c == 'Ｘ';

    private static bool IsLatin(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
