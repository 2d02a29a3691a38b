using System;
using System.Collections.Generic;

namespace ReviewModel.Text;

/// <summary>
/// Finds placeholders left in text: <c>xx</c>, <c>XX</c>, <c>xxx</c>, <c>××</c>, <c>x月x日</c>,
/// <c>x-x篇</c>, <c>20xx</c>, <c>202X</c>, <c>*年度</c>, <c>**</c> (asterisk masks) and
/// <c>【…】</c> — each occurrence once, with its position. <c>某…</c> (某区, 某企业) is
/// anonymisation and is not reported; nor are Latin words containing x (Excel, max), products and formulas
/// (3×4, 24小时×7天, 1+X证书), identifiers (x86, x64), X光 / X射线, a 【…】 that names something rather than asking
/// for it (“【每日答题】” — a bracket is a placeholder when it holds a fill-in word such as 单位, 姓名, 待补, or stands
/// alone on its line as a writing guide), and, in Markdown, <c>**重点**</c> emphasis.
/// One left-to-right pass, no regular expressions: time is linear in the text's length.
/// </summary>
internal static class PlaceholderScanner
{
    private const int MaxBracketLength = 40;

    /// <summary>Finds every placeholder in <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <returns>The placeholders, in order of position.</returns>
    public static IReadOnlyList<PlaceholderMatch> Scan(string? text) => Scan(text, markdown: false);

    /// <summary>Finds every placeholder in <paramref name="text"/>, in order; in Markdown, <c>**…**</c> around words is emphasis, not a mask.</summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <param name="markdown">Whether the text is Markdown source.</param>
    /// <returns>The placeholders, in order of position.</returns>
    public static IReadOnlyList<PlaceholderMatch> Scan(string? text, bool markdown)
    {
        // Created at the first match: most texts have none, and validation scans every text.
        List<PlaceholderMatch>? matches = null;
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<PlaceholderMatch>();
        }

        var s = text!;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '【')
            {
                var end = s.IndexOf('】', i + 1, System.Math.Min(MaxBracketLength, s.Length - i - 1));
                if (end > i && s.IndexOf('\n', i, end - i) < 0)
                {
                    if (IsFillInBracket(s, i, end))
                    {
                        Add(ref matches, s, i, end + 1);
                    }

                    i = end + 1;
                    continue;
                }

                i++;
                continue;
            }

            if (c == '*' || c == '＊')
            {
                var runEnd = i;
                while (runEnd < s.Length && (s[runEnd] == '*' || s[runEnd] == '＊'))
                {
                    runEnd++;
                }

                var runLength = runEnd - i;
                if (markdown && IsEmphasis(s, i, runEnd, out var closeEnd))
                {
                    i = closeEnd;
                    continue;
                }

                if (runLength >= 2 || IsUnit(At(s, runEnd)) || IsUnit(At(s, i - 1)))
                {
                    Add(ref matches, s, i, IncludeUnit(s, runEnd));
                    i = IncludeUnit(s, runEnd);
                }
                else
                {
                    i = runEnd;
                }

                continue;
            }

            if (IsMask(c))
            {
                i = ScanMask(s, i, ref matches);
                continue;
            }

            i++;
        }

        return (IReadOnlyList<PlaceholderMatch>?)matches ?? Array.Empty<PlaceholderMatch>();
    }

    /// <summary>Whether <paramref name="text"/> holds any placeholder.</summary>
    /// <param name="text">The text.</param>
    public static bool ContainsPlaceholder(string? text) => Scan(text).Count > 0;

    private static int ScanMask(string s, int start, ref List<PlaceholderMatch>? matches)
    {
        var runEnd = RunEnd(s, start);

        // Part of a Latin word (Excel, max, Xbox): not a placeholder.
        if (IsLatinLetter(At(s, start - 1)) || IsLatinLetter(At(s, runEnd)))
        {
            return SkipWord(s, runEnd);
        }

        var runLength = runEnd - start;
        var first = s[start];
        var before = At(s, start - 1);
        var after = At(s, runEnd);
        var digitsBefore = 0;
        while (digitsBefore < 3 && IsDigit(At(s, start - 1 - digitsBefore)))
        {
            digitsBefore++;
        }

        bool isPlaceholder;
        if (runLength >= 2)
        {
            isPlaceholder = true;
        }
        else if (IsDigit(after) || (first == '×' && IsDigit(before)))
        {
            isPlaceholder = false; // 3×4, 24小时×7天, x86, x64
        }
        else if (before == '+' || before == '＋' || before == '=' || before == '＝' || after == '+' || after == '＋' || after == '=')
        {
            isPlaceholder = false; // 1+X证书, y=x
        }
        else if (digitsBefore >= 2)
        {
            isPlaceholder = true; // 202X
        }
        else
        {
            // X光, X射线 are words, not masks.
            isPlaceholder = !IsWordWithX(s, start)
                && (IsCjk(after) || IsCjk(before) || after == '-' || after == '～' || after == '~' || IsDigit(after));
        }

        if (!isPlaceholder)
        {
            return runEnd;
        }

        var matchStart = start - (digitsBefore >= 2 ? digitsBefore : 0);
        var end = runEnd;

        // Join x月x日, x-x篇, xx至xx: one placeholder.
        while (end + 1 < s.Length && IsJoiner(s[end]) && IsMask(s[end + 1]) && !IsLatinLetter(At(s, RunEnd(s, end + 1))))
        {
            end = RunEnd(s, end + 1);
        }

        end = IncludeUnit(s, end);
        Add(ref matches, s, matchStart, end);
        return end;
    }

    /// <summary>Words that ask for something to be filled in, inside 【…】.</summary>
    private static readonly string[] FillInWords =
    {
        "单位", "姓名", "名字", "名称", "职务", "职位", "日期", "时间", "年份", "待补", "待定", "待填", "填写", "填入", "补充", "此处", "请", "数量", "数字", "部门", "内容", "标题", "具体", "事例", "xx", "XX", "××", "xxx", "×", "***", "某某",
    };

    /// <summary>A 【…】 that asks for text: it holds a fill-in word, or stands alone on its line (a template's writing guide).
    /// One naming a thing (“【每日答题】”, 【新华社】) is not.</summary>
    private static bool IsFillInBracket(string s, int open, int close)
    {
        var lineStart = open;
        while (lineStart > 0 && s[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var lineEnd = close + 1;
        while (lineEnd < s.Length && s[lineEnd] != '\n' && s[lineEnd] != '\r')
        {
            lineEnd++;
        }

        if (IsBlank(s, lineStart, open) && IsBlank(s, close + 1, lineEnd))
        {
            return true; // a guide line: 【思想根源】 alone
        }

        var content = s.Substring(open + 1, close - open - 1);
        foreach (var word in FillInWords)
        {
            if (content.IndexOf(word, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return content.Trim().Length == 0 || content.Trim('.', '…', '。', ' ', '_', '＿').Length == 0;
    }

    private static bool IsBlank(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Markdown emphasis: <c>**重点**</c> or <c>*重点*</c> — a run opening before a non-space, closed by the same run after a non-space.</summary>
    private static bool IsEmphasis(string s, int start, int runEnd, out int closeEnd)
    {
        closeEnd = runEnd;
        var length = runEnd - start;
        if (length > 2 || runEnd >= s.Length || char.IsWhiteSpace(s[runEnd]) || s[runEnd] == '*')
        {
            return false;
        }

        for (var i = runEnd + 1; i < s.Length && s[i] != '\n'; i++)
        {
            if (s[i] != '*')
            {
                continue;
            }

            var close = i;
            while (close < s.Length && s[close] == '*')
            {
                close++;
            }

            if (close - i == length && !char.IsWhiteSpace(s[i - 1]))
            {
                closeEnd = close;
                return true;
            }

            i = close - 1;
        }

        return false;
    }

    private static bool IsWordWithX(string s, int start) =>
        (s[start] == 'X' || s[start] == 'x') && (At(s, start + 1) == '光' || At(s, start + 1) == '射' || At(s, start + 1) == '轴'
            || (At(s, start + 1) == '-' && IsLatinLetter(At(s, start + 2)))); // X光, X射线, x轴, X-ray

    private static int RunEnd(string s, int start)
    {
        var end = start;
        while (end < s.Length && IsMask(s[end]))
        {
            end++;
        }

        return end;
    }

    private static int SkipWord(string s, int index)
    {
        while (index < s.Length && (IsLatinLetter(s[index]) || IsMask(s[index])))
        {
            index++;
        }

        return index;
    }

    private static int IncludeUnit(string s, int end) => IsUnit(At(s, end)) ? end + 1 : end;

    private static void Add(ref List<PlaceholderMatch>? matches, string s, int start, int end) =>
        (matches ??= new List<PlaceholderMatch>()).Add(new PlaceholderMatch(start, end - start, s.Substring(start, end - start)));

    private static char At(string s, int index) => index >= 0 && index < s.Length ? s[index] : '\0';

    private static bool IsMask(char c) => c == 'x' || c == 'X' || c == '×' || c == 'ｘ' || c == 'Ｘ';

    private static bool IsJoiner(char c) => c == '月' || c == '-' || c == '—' || c == '～' || c == '~' || c == '至' || c == '年';

    private static bool IsUnit(char c) => "年月日条人次个篇天名项件家万元市县区省".IndexOf(c) >= 0 && c != '\0';

    private static bool IsLatinLetter(char c) => (c >= 'a' && c <= 'z' && c != 'x') || (c >= 'A' && c <= 'Z' && c != 'X');

    private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    private static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF';
}
