using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Reads the header from the title and the opening: whose material (班子 or 个人), which meeting
/// (民主生活会 / 组织生活会, 专题), the theme ("主题是……。"), the notice (省委《……通知》) and the
/// meeting date when written in full. Looks only at the title and opening paragraphs.
/// </summary>
internal static class HeaderReader
{
    private const int Window = ImportThresholds.HeaderWindow;

    public static DocumentHeader Read(string title, IReadOnlyList<string> preamble, IReadOnlyList<Section> sections)
    {
        var opening = preamble.Count == 1 ? preamble[0] : string.Join("\n", preamble); // one paragraph, the usual: its own string
        if (opening.Length > Window)
        {
            opening = opening.Substring(0, Window);
        }

        var organisationalLife = (Has(title, "组织生活会") || Has(opening, "组织生活会")) && !Has(title, "民主生活会");
        var collective = Has(title, "班子") || Has(title, "支部") || Has(title, "党委") || Has(title, "党组") || Has(title, "常委") || Has(title, "党工委");
        var byline = Byline(preamble);
        var individual = Has(title, "个人") || Has(title, "同志") || Has(title, "党员")
            || (!collective && (byline is not null || SpeaksInFirstPerson(opening) || (organisationalLife && !Has(opening, "支部"))));
        var subject = individual
            ? Person(byline)
            : ReviewSubject.Team(string.Empty, TeamName(title));
        return new DocumentHeader(
            title,
            subject,
            organisationalLife ? MeetingKind.OrganisationalLife : MeetingKind.DemocraticLife,
            Has(title, "专题"),
            Theme(opening),
            MeetingDate(opening),
            Notice(opening),
            preparationInOpening: PreparationFacts(title, opening));
    }

    /// <summary>The preparation told in the opening (会前，……集中学习4次，征求意见建议31条，谈心谈话56人次), or null when it tells no count.</summary>
    private static PreparationFacts? PreparationFacts(string title, string opening)
    {
        var studies = CountScanner.StudySessions(opening);
        var opinions = CountScanner.OpinionsSolicited(opening);
        var talks = CountScanner.TalksHeld(opening);
        var rectification = (Has(opening, "上年度") || Has(opening, "上一年度") || Has(opening, "去年") || Has(opening, "上次") || Has(opening, "上一次") || NamesTheYearBefore(title, opening))
            && Has(opening, "整改");
        return studies is null && opinions is null && talks is null && !rectification
            ? null
            : new PreparationFacts(studies, opinions, talks, rectification);
    }

    /// <summary>Whether the opening names the meeting of the year before the title's: "对照 2024 年度民主生活会查摆的……问题" in a 2025年度 material.</summary>
    private static bool NamesTheYearBefore(string title, string opening)
    {
        if (YearReader.First(title) is not { } year)
        {
            return false;
        }

        var from = 0;
        while (YearReader.Find(opening, from, out var end) is { } named)
        {
            if (named == year - 1 && end < opening.Length && opening[end] == '度')
            {
                return true;
            }

            from = end;
        }

        return false;
    }

    /// <summary>The year the measures run in: the meeting date's year when the opening gives it, else the year
    /// after the title's 年度 (a 2024年度 meeting is held early in 2025), else null.</summary>
    /// <param name="title">The title.</param>
    /// <param name="preamble">The paragraphs before the first section, as read (a one-paragraph preamble, the usual, is
    /// that paragraph's own text: no list of strings is made for it).</param>
    public static int? ContextYear(string title, IReadOnlyList<SourceSpan> preamble)
    {
        var opening = preamble.Count == 1 ? preamble[0].Text : string.Join("\n", preamble.Select(p => p.Text));
        if (opening.Length > Window)
        {
            opening = opening.Substring(0, Window);
        }

        if (MeetingDate(opening) is { } date)
        {
            return date.Year;
        }

        if (YearReader.Find(title, 0, out var end) is { } year && end < title.Length && title[end] == '度')
        {
            return year + 1;
        }

        return null;
    }

    /// <summary>The line under the title naming an individual ("县委副书记　王某"): short, no sentence punctuation or digits.</summary>
    private static string? Byline(IReadOnlyList<string> preamble)
    {
        if (preamble.Count < 2)
        {
            return null;
        }

        var line = preamble[0].Trim();
        if (line.Length is < 2 or > 32)
        {
            return null;
        }

        foreach (var c in line)
        {
            if (Chars.IsSentenceEnd(c) || c == '，' || c == ',' || Chars.IsDigit(c) || c == '（' || c == '(' || c == '【' || c == '“')
            {
                return null;
            }
        }

        return line;
    }

    /// <summary>An individual, with post and name when the byline gives them; nothing is invented otherwise.</summary>
    private static ReviewSubject Person(string? byline)
    {
        if (byline is null)
        {
            return ReviewSubject.Person(string.Empty, string.Empty, null);
        }

        var line = byline;
        foreach (var label in new[] { "姓名：", "姓名:" })
        {
            if (line.StartsWith(label, StringComparison.Ordinal))
            {
                line = line.Substring(label.Length).Trim();
            }
        }

        var parts = line.Split(new[] { ' ', '\u3000', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return ReviewSubject.Person(string.Empty, string.Empty, null);
        }

        return parts.Length == 1
            ? ReviewSubject.Person(string.Empty, parts[0].Length <= 4 ? parts[0] : string.Empty, parts[0].Length <= 4 ? null : parts[0])
            : ReviewSubject.Person(string.Empty, parts[parts.Length - 1], string.Join(" ", parts, 0, parts.Length - 1));
    }

    /// <summary>Whether the opening speaks as one person: starts with 我/本人, or has 我 as a subject (not 我们, 我单位, 我局…).</summary>
    private static bool SpeaksInFirstPerson(string opening)
    {
        if (opening.StartsWith("我", StringComparison.Ordinal) && !opening.StartsWith("我们", StringComparison.Ordinal) || Has(opening, "本人"))
        {
            return true;
        }

        for (var i = opening.IndexOf('我'); i >= 0; i = opening.IndexOf('我', i + 1))
        {
            var before = i > 0 ? opening[i - 1] : '，';
            var after = i + 1 < opening.Length ? opening[i + 1] : '\0';
            if ((before == '，' || before == ',' || before == '。' || before == '\n' || Chars.IsSpace(before)) && "们单局委部院校司厅市县区省镇乡".IndexOf(after) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The team as the title names it: "市委常委班子", "机关第三党支部", "局党组".</summary>
    private static string TeamName(string title)
    {
        foreach (var word in new[] { "班子", "党支部", "党总支", "党工委", "党委", "党组", "委员会", "部务会", "局务会" })
        {
            var at = title.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + word.Length;
            var start = at;
            while (start > 0 && end - start < ImportThresholds.UnitNameWindow && !Chars.IsDigit(title[start - 1]) && title[start - 1] != '年' && !Chars.IsSpace(title[start - 1]))
            {
                start--;
            }

            return title.Substring(start, end - start);
        }

        return string.Empty; // not in the text: nothing is invented
    }

    private static string? Theme(string opening)
    {
        var at = opening.IndexOf("主题是", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + 3;
        while (start < opening.Length && (opening[start] == '，' || opening[start] == '：' || opening[start] == ':' || opening[start] == '“' || Chars.IsSpace(opening[start])))
        {
            start++;
        }

        var end = opening.IndexOf('。', start);
        if (end < 0 || end - start > ImportThresholds.MaxSubjectLength || end == start)
        {
            return null;
        }

        return opening.Substring(start, end - start).TrimEnd('”');
    }

    private static Notice? Notice(string opening)
    {
        var open = opening.IndexOf('《');
        if (open < 0)
        {
            return null;
        }

        var close = opening.IndexOf('》', open + 1);
        if (close < 0 || close - open > ImportThresholds.MaxNoticeNameLength)
        {
            return null;
        }

        var name = opening.Substring(open + 1, close - open - 1);
        if (!name.EndsWith("通知", StringComparison.Ordinal) && !name.EndsWith("方案", StringComparison.Ordinal))
        {
            return null;
        }

        var start = open;
        while (start > 0 && open - start < ImportThresholds.IssuerWindow && Chars.IsCjk(opening[start - 1]))
        {
            start--;
        }

        var issuer = opening.Substring(start, open - start);
        foreach (var lead in new[] { "根据", "按照", "依据", "遵照", "依照", "对照" })
        {
            var i = issuer.LastIndexOf(lead, StringComparison.Ordinal);
            if (i >= 0)
            {
                issuer = issuer.Substring(i + lead.Length);
            }
        }

        return new Notice(issuer, name);
    }

    private static LocalDate? MeetingDate(string opening)
    {
        var at = opening.IndexOf("召开", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // The window and the date candidates in it are read in place; only a candidate shaped like a date is made a string
        // and parsed (a masked 2022年x月x日 or a year in running text is passed over without either).
        var from = Math.Max(0, at - ImportThresholds.MeetingDateLookBack);
        var window = opening.AsSpan(from, Math.Min(opening.Length - from, ImportThresholds.MeetingDateWindow));
        var year = window.IndexOf('年');
        while (year >= 4)
        {
            var start = year - 4;
            var end = IndexOf(window, '日', year);
            if (end > year && end - start <= ImportThresholds.MaxDateLength && Chars.IsDigit(window[start]) && IsDateShaped(window.Slice(start, end - start + 1)))
            {
                var date = ChineseText.ParseDate(window.Slice(start, end - start + 1).ToString());
                if (date is not null)
                {
                    return date;
                }
            }

            year = IndexOf(window, '年', year + 1);
        }

        return null;
    }

    /// <summary>
    /// Whether a candidate is made only of digits (ASCII or full-width) and 年, 月, 日: what a date in the official form
    /// (<see cref="ChineseText.ParseDate"/>) needs, asked before making the candidate a string; a candidate with any other
    /// character (a mask x, a space, a numeral 〇) is never such a date.
    /// </summary>
    internal static bool IsDateShaped(ReadOnlySpan<char> candidate)
    {
        foreach (var c in candidate)
        {
            if (!Chars.IsDigit(c) && c != '年' && c != '月' && c != '日')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, char value, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text.Slice(from).IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static bool Has(string text, string word) => text.IndexOf(word, StringComparison.Ordinal) >= 0;
}
