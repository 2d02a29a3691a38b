using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Text.Typography;

/// <summary>
/// Finds the typographic faults GB/T 15834 names in Chinese text, each with its safe fix: half-width
/// <c>, ; : ( )</c> and ASCII <c>"</c> touching Chinese characters, and spaces between two Chinese
/// characters. The rules (RM0030, RM0032), the command line's <c>fix</c> and the C# code fix all use this
/// one scanner.
/// </summary>
/// <remarks>
/// Only marks that touch Chinese text are faults: <c>1,000</c>, <c>8:30</c>, <c>x86 (64 位)</c> between
/// Latin letters and digits, URLs and English phrases are left alone. Quotes alternate: the first ASCII
/// quote of a text opens (“), the next closes (”). Full-width spaces (U+3000) are left alone: the genre
/// uses them on purpose (indentation, the name line <c>职务　姓名</c>). Time is linear in the text.
/// </remarks>
internal static class TypographyScanner
{
    /// <summary>The faults in <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="markdown">Whether the text is Markdown source: <c>](</c> of a link is then left alone.</param>
    public static List<TypographyIssue> Scan(string text, bool markdown = false)
    {
        var issues = new List<TypographyIssue>();
        if (string.IsNullOrEmpty(text))
        {
            return issues;
        }

        // Most texts hold none of the characters a fault is made of: one vectorised search says so.
        var first = text.IndexOfAny(Candidates);
        if (first < 0)
        {
            return issues;
        }

        var pairs = text.IndexOf('(', first) >= 0 ? MatchParentheses(text) : null;
        var touches = RunsTouchingChinese(text, first);
        var quotes = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or ')':
                    // A matched pair is converted together when either of its marks touches Chinese text.
                    var other = pairs is not null && pairs.TryGetValue(i, out var partner) ? partner : -1;
                    if ((touches[i] || (other >= 0 && touches[other])) && !(markdown && IsLinkSyntax(text, i)))
                    {
                        issues.Add(new TypographyIssue(i, 1, TypographyIssueKind.HalfWidthPunctuation, c.ToString(), FullWidth(c).ToString()));
                    }

                    break;
                case ',' or ';' or ':':
                    if (touches[i] && !IsNumberSeparator(text, i))
                    {
                        issues.Add(new TypographyIssue(i, 1, TypographyIssueKind.HalfWidthPunctuation, c.ToString(), FullWidth(c).ToString()));
                    }

                    break;
                case '"':
                    if (touches[i])
                    {
                        issues.Add(new TypographyIssue(i, 1, TypographyIssueKind.AsciiQuote, "\"", quotes % 2 == 0 ? "“" : "”"));
                    }

                    quotes++;
                    break;
                case ' ' or '\u00A0':
                    var end = i;
                    while (end < text.Length && (text[end] == ' ' || text[end] == '\u00A0'))
                    {
                        end++;
                    }

                    if (i > 0 && end < text.Length && IsHan(text[i - 1]) && IsHan(text[end]))
                    {
                        issues.Add(new TypographyIssue(i, end - i, TypographyIssueKind.SpaceBetweenChinese, text.Substring(i, end - i), string.Empty));
                    }

                    i = end - 1;
                    break;
            }
        }

        return issues;
    }

    /// <summary>
    /// The text with every fault fixed. A fix can make a neighbouring mark touch Chinese text (a pair of
    /// parentheses next to a mark just made full-width), so scanning repeats until nothing changes, at
    /// most <see cref="MaxPasses"/> times.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="markdown">Whether the text is Markdown source.</param>
    public static string Fix(string text, bool markdown = false)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var issues = Scan(text, markdown);
            if (issues.Count == 0)
            {
                break;
            }

            text = Apply(text, issues);
        }

        return text;
    }

    /// <summary>How many times <see cref="Fix"/> scans at most (each pass is linear in the text).</summary>
    public const int MaxPasses = 16;

    /// <summary>The text with the given faults (from <see cref="Scan"/> of the same text) fixed.</summary>
    public static string Apply(string text, IReadOnlyList<TypographyIssue> issues)
    {
        if (issues.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var issue in issues)
        {
            result.Append(text, at, issue.Start - at).Append(issue.Replacement);
            at = issue.Start + issue.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Each matched half-width parenthesis with its partner's position (both directions).</summary>
    private static Dictionary<int, int> MatchParentheses(string text)
    {
        var pairs = new Dictionary<int, int>();
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                pairs[start] = i;
                pairs[i] = start;
            }
            else if (text[i] == '\n')
            {
                open.Clear();
            }
        }

        return pairs;
    }

    /// <summary>A Han character (CJK ideograph), not punctuation.</summary>
    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>Chinese text around a mark: a Han character or full-width Chinese punctuation.</summary>
    private static bool IsChinese(char c) =>
        IsHan(c) || (c >= '\u3001' && c <= '\u303F' && c != '\u3000') || (c >= '\uFF01' && c <= '\uFF5E' && !(c >= '\uFF10' && c <= '\uFF19') && !(c >= '\uFF21' && c <= '\uFF3A') && !(c >= '\uFF41' && c <= '\uFF5A')) || c is '“' or '”' or '‘' or '’' or '…' or '—';

    /// <summary>
    /// For each half-width mark, whether the run of marks it stands in touches Chinese text at either end: a
    /// run such as <c>),</c> before a Chinese mark is converted whole, so that fixing is idempotent.
    /// </summary>
    private static bool[] RunsTouchingChinese(string text, int from)
    {
        var touches = new bool[text.Length];
        var i = from;
        while (i < text.Length)
        {
            if (!IsMark(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsMark(text[end]))
            {
                end++;
            }

            var chinese = (i > 0 && IsChinese(text[i - 1])) || (end < text.Length && IsChinese(text[end]));
            for (var k = i; k < end; k++)
            {
                touches[k] = chinese;
            }

            i = end;
        }

        return touches;
    }

    private static bool IsMark(char c) => c is ',' or ';' or ':' or '(' or ')' or '"';

    /// <summary>Every character a fault can start with: the half-width marks and the spaces.</summary>
    private static readonly char[] Candidates = { ',', ';', ':', '(', ')', '"', ' ', '\u00A0' };

    /// <summary>A comma or colon between digits (1,000; 8:30) is part of a number.</summary>
    private static bool IsNumberSeparator(string text, int i) =>
        text[i] is ',' or ':' && i > 0 && i + 1 < text.Length && IsAsciiDigit(text[i - 1]) && IsAsciiDigit(text[i + 1]);

    /// <summary>Markdown link syntax: the <c>(</c> right after <c>]</c> and its closing <c>)</c>.</summary>
    private static bool IsLinkSyntax(string text, int i)
    {
        if (text[i] == '(')
        {
            return i > 0 && text[i - 1] == ']';
        }

        if (text[i] == ')')
        {
            var open = text.LastIndexOf('(', i);
            return open > 0 && text[open - 1] == ']' && text.IndexOf('\n', open) is var nl && (nl < 0 || nl > i);
        }

        return false;
    }

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '(' => '（',
        ')' => '）',
        _ => c,
    };
}
