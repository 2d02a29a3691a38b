using System;
using System.Collections.Generic;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Text;

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

    public static Accountability Parse(string text, int? contextYear = null)
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
            var deadline = DeadlineText.ParseValue(value, contextYear);
            if (deadline is not null && (result.Deadline?.Date is not LocalDate current || (deadline.Date is LocalDate d && d > current)))
            {
                result.Deadline = deadline;
            }
        }

        // No 完成时限 field: the time limit written in the running text (于2025年6月30日前完成, 9月底前, 每季度, 长期坚持).
        result.Deadline ??= DeadlineText.Find(text, contextYear);

        foreach (var value in Values(text, StandardLabels))
        {
            result.Standard ??= value;
        }

        return result;
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
                while (end < text.Length && end - start < ImportThresholds.MaxAccountabilityFieldLength && !IsDelimiter(text[end]))
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
