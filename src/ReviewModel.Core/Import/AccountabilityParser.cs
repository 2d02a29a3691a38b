using System;
using System.Collections.Generic;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// Reads owner, owning unit, deadline and standard written in a measure's text, e.g.
/// <c>（责任人：张三；责任单位：办公室；完成时限：2025年6月30日）</c>, <c>(责任领导:李四,整改时限:2025年底)</c>,
/// <c>长期坚持</c>. Labels are found by ordinal search; a value runs to the next delimiter. Linear.
/// </summary>
internal static class AccountabilityParser
{
    private static readonly string[] OwnerLabels = { "责任人", "责任领导", "牵头领导", "负责人" };
    private static readonly string[] UnitLabels = { "责任单位", "责任部门", "牵头单位", "牵头部门" };
    private static readonly string[] DeadlineLabels = { "完成时限", "整改时限", "完成时间", "整改期限", "时限" };
    private static readonly string[] StandardLabels = { "整改标准", "完成标准", "整改目标" };

    public static Accountability Parse(string text)
    {
        var result = new Accountability();
        foreach (var value in Values(text, OwnerLabels))
        {
            foreach (var owner in value.Split(new[] { '、', '，', ',', '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = owner.Trim();
                if (name.Length > 0 && !result.Owners.Contains(name))
                {
                    result.Owners.Add(name);
                }
            }
        }

        foreach (var value in Values(text, UnitLabels))
        {
            result.OwningUnit ??= value;
        }

        foreach (var value in Values(text, DeadlineLabels))
        {
            var deadline = ParseDeadline(value);
            if (deadline is not null && (result.Deadline?.Date is not LocalDate current || (deadline.Date is LocalDate d && d > current)))
            {
                result.Deadline = deadline;
            }
        }

        if (result.Deadline is null && text.IndexOf("长期坚持", StringComparison.Ordinal) >= 0)
        {
            result.Deadline = Deadline.LongTerm;
        }

        foreach (var value in Values(text, StandardLabels))
        {
            result.Standard ??= value;
        }

        return result;
    }

    /// <summary>Parses 2025年6月30日, 2025年6月底(前), 2025年6月前, 2025年底, 2025-06-30, 长期坚持.</summary>
    public static Deadline? ParseDeadline(string value)
    {
        var v = value.Trim();
        if (v.IndexOf("长期", StringComparison.Ordinal) >= 0 || v.IndexOf("持续", StringComparison.Ordinal) >= 0)
        {
            return Deadline.LongTerm;
        }

        var numbers = new List<int>();
        var i = 0;
        while (i < v.Length && numbers.Count < 3)
        {
            if (Chars.IsDigit(v[i]))
            {
                var n = 0;
                var digits = 0;
                while (i < v.Length && Chars.IsDigit(v[i]) && digits < 5)
                {
                    n = (n * 10) + Chars.DigitValue(v[i]);
                    i++;
                    digits++;
                }

                numbers.Add(n);
            }
            else
            {
                i++;
            }
        }

        if (numbers.Count == 0 || numbers[0] < 1900 || numbers[0] > 2200)
        {
            return null;
        }

        var year = numbers[0];
        try
        {
            if (numbers.Count >= 3)
            {
                return Deadline.On(new LocalDate(year, numbers[1], numbers[2]));
            }

            if (numbers.Count == 2)
            {
                var month = numbers[1];
                return Deadline.On(new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
            }

            return Deadline.On(new LocalDate(year, 12, 31));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Values(string text, string[] labels)
    {
        foreach (var label in labels)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(label, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var start = at + label.Length;
                from = start;
                if (start >= text.Length || (text[start] != '：' && text[start] != ':' && text[start] != '为'))
                {
                    continue;
                }

                start++;
                var end = start;
                while (end < text.Length && end - start < 60 && !IsDelimiter(text[end]))
                {
                    end++;
                }

                var value = text.Substring(start, end - start).Trim();
                from = end;
                if (value.Length > 0)
                {
                    yield return value;
                }
            }
        }
    }

    private static bool IsDelimiter(char c) => c == '；' || c == ';' || c == '）' || c == ')' || c == '。' || c == '\n' || c == '，' || c == ',' || c == '】' || c == ' ' || c == '　';
}
