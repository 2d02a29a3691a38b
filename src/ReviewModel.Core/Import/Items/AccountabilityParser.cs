using System;
using System.Collections.Generic;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Reads owner, owning unit, deadline and standard written in a measure's text, e.g.
/// <c>（责任人：张三；责任单位：办公室；完成时限：2025年6月30日）</c>, <c>(责任领导:李四,整改时限:2025年底)</c>,
/// <c>长期坚持</c>. A label counts only before <c>：</c>, <c>:</c> or <c>为</c>, and its value runs to the next delimiter.
/// One pass finds every labelled field (<see cref="FindFields"/>); values are then read label by label, in the
/// order the label lists give. Linear.
/// </summary>
internal static class AccountabilityParser
{
    private const int Owner = 0;
    private const int Unit = 1;
    private const int DeadlineField = 2;
    private const int StandardField = 3;

    /// <summary>The labels of each field, in the order their values are taken: owners, unit, deadline, standard.</summary>
    private static readonly string[][] Labels =
    {
        new[] { "责任人", "责任领导", "牵头领导", "负责人" },
        new[] { "责任单位", "责任部门", "牵头单位", "牵头部门" },
        new[] { "完成时限", "整改时限", "完成时间", "整改期限", "时限" },
        new[] { "整改标准", "完成标准", "整改目标" },
    };

    /// <summary>The last characters of the labels: a quick test before comparing labels at a colon.</summary>
    private const string LabelLastCharacters = "人导位门限间准标";

    /// <summary>The most labels one field has (an upper bound, for indexing labels in one array).</summary>
    private const int MaxLabels = 8;

    /// <summary>Reads the fields in <paramref name="text"/>: a string, or a measure's text assembled in a buffer (<see cref="MeasureText"/>).</summary>
    public static Accountability Parse<T>(T text, int? contextYear = null)
        where T : struct, ITextSource
    {
        var result = new Accountability();
        var fields = FindFields(text);
        if (fields is not null)
        {
            fields.Sort(InLabelOrder);
            foreach (var field in fields)
            {
                switch (field.Group)
                {
                    case Owner:
                        AddOwners(result, text, field);
                        break;
                    case Unit:
                        result.OwningUnit ??= field.Value(text);
                        break;
                    case DeadlineField:
                        var deadline = DeadlineText.ParseValue(field.Value(text), contextYear);
                        if (deadline is not null && (result.Deadline?.Date is not LocalDate current || (deadline.Date is LocalDate d && d > current)))
                        {
                            result.Deadline = deadline;
                        }

                        break;
                    default:
                        result.Standard ??= field.Value(text);
                        break;
                }
            }
        }

        // No 完成时限 field: the time limit written in the running text (于2025年6月30日前完成, 9月底前, 每季度, 长期坚持).
        result.Deadline ??= DeadlineText.Find(text, contextYear);
        return result;
    }

    /// <summary>
    /// Every labelled field with a value, in text order, or null when there is none. A label is found where a colon
    /// or 为 follows it; after a label's value, that label is looked for again only after the value (a label inside a
    /// value is part of it).
    /// </summary>
    private static List<Field>? FindFields<T>(T text)
        where T : struct, ITextSource
    {
        List<Field>? fields = null;
        int[]? searchFrom = null; // per label (group * MaxLabels + index): where its next occurrence may start
        var ends = new LabelEnds<T>(text);
        for (var colon = ends.Next(); colon >= 0; colon = ends.Next())
        {
            if (colon == 0 || LabelLastCharacters.IndexOf(text[colon - 1]) < 0)
            {
                continue;
            }

            searchFrom ??= new int[Labels.Length * MaxLabels];
            for (var group = 0; group < Labels.Length; group++)
            {
                for (var index = 0; index < Labels[group].Length; index++)
                {
                    var label = Labels[group][index];
                    var at = colon - label.Length;
                    if (at < 0 || at < searchFrom[(group * MaxLabels) + index] || !text.StartsWithAt(at, label))
                    {
                        continue;
                    }

                    var start = colon + 1;
                    var end = start;
                    while (end < text.Length && end - start < ImportThresholds.MaxAccountabilityFieldLength && !IsDelimiter(text[end]))
                    {
                        end++;
                    }

                    searchFrom[(group * MaxLabels) + index] = end;
                    TrimWhiteSpace(text, ref start, ref end);
                    if (end > start)
                    {
                        (fields ??= new List<Field>()).Add(new Field(group, index, start, end));
                    }
                }
            }
        }

        return fields;
    }

    /// <summary>The order values are taken in: by field, then by the label's place in its list, then by place in the text.</summary>
    private static int InLabelOrder(Field x, Field y) =>
        x.Group != y.Group ? x.Group.CompareTo(y.Group) : x.Index != y.Index ? x.Index.CompareTo(y.Index) : x.Start.CompareTo(y.Start);

    /// <summary>Adds the names of an owner field (张三、李四), each once.</summary>
    private static void AddOwners<T>(Accountability result, T text, Field field)
        where T : struct, ITextSource
    {
        var from = field.Start;
        while (from <= field.End)
        {
            var to = from;
            while (to < field.End && !IsOwnerSeparator(text[to]))
            {
                to++;
            }

            var start = from;
            var end = to;
            TrimWhiteSpace(text, ref start, ref end);
            if (end > start)
            {
                result.AddOwner(text.Substring(start, end - start));
            }

            from = to + 1;
        }
    }

    /// <summary>Narrows [<paramref name="start"/>, <paramref name="end"/>) to leave out white space at both ends, as <see cref="string.Trim()"/> does.</summary>
    private static void TrimWhiteSpace<T>(T text, ref int start, ref int end)
        where T : struct, ITextSource
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }

    /// <summary>What separates names in an owner field: 张三、李四.</summary>
    private static bool IsOwnerSeparator(char c) => c == '、' || c == '，' || c == ',' || c == '/';

    private static bool IsDelimiter(char c) => c == '；' || c == ';' || c == '）' || c == ')' || c == '。' || c == '\n' || c == '，' || c == ',' || c == '】' || c == ' ' || c == '　';

    /// <summary>
    /// The places where a label may end, in text order: each <c>：</c>, <c>:</c> and <c>为</c>. Three searches run
    /// side by side, each resumed after its own last find, so the text is searched once for each (vectorised).
    /// </summary>
    private struct LabelEnds<T>
        where T : struct, ITextSource
    {
        private readonly T _text;
        private int _fullWidth;
        private int _halfWidth;
        private int _wei;

        public LabelEnds(T text)
        {
            _text = text;
            _fullWidth = text.IndexOf('：', 0);
            _halfWidth = text.IndexOf(':', 0);
            _wei = text.IndexOf('为', 0);
        }

        /// <summary>The next place, or -1 when there is none.</summary>
        public int Next()
        {
            var next = Earliest(Earliest(_fullWidth, _halfWidth), _wei);
            if (next == _fullWidth && next >= 0)
            {
                _fullWidth = _text.IndexOf('：', next + 1);
            }
            else if (next == _halfWidth && next >= 0)
            {
                _halfWidth = _text.IndexOf(':', next + 1);
            }
            else if (next >= 0)
            {
                _wei = _text.IndexOf('为', next + 1);
            }

            return next;
        }

        private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
    }

    /// <summary>A labelled value: the label (its list and place in it) and the value's trimmed range in the text.</summary>
    private readonly struct Field
    {
        public Field(int group, int index, int start, int end)
        {
            Group = group;
            Index = index;
            Start = start;
            End = end;
        }

        public int Group { get; }

        public int Index { get; }

        public int Start { get; }

        public int End { get; }

        public string Value<T>(T text)
            where T : struct, ITextSource => text.Substring(Start, End - Start);
    }
}
