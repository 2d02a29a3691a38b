using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Recognises the chrome of a web page pasted with a material: breadcrumbs (<c>首页 &gt; 范文 &gt; …</c>),
/// view counts and dates (<c>浏览次数：35</c>, <c>发布时间：2025-01-30</c>), author and source lines,
/// HTML entities left alone on a line (<c>&amp;nbsp;</c>), and the links at the end (<c>上一篇</c>, <c>下一篇</c>,
/// <c>相关推荐</c>). Only short lines are considered (<see cref="MaxLength"/>), so body text is never taken for chrome.
/// </summary>
internal static class WebChrome
{
    /// <summary>Chrome lines are short: longer lines are body text whatever they contain.</summary>
    public const int MaxLength = ImportThresholds.MaxChromeLineLength;

    private static readonly string[] LineStarts =
    {
        "上一篇", "下一篇", "上一页", "下一页", "相关推荐", "相关阅读", "相关文章", "猜你喜欢", "当前位置", "您的位置", "你的位置", "来源：", "来源:", "作者：", "作者:", "责任编辑", "编辑：", "分享到", "扫一扫", "返回顶部", "打印本页", "关闭窗口", "首页 >", "首页>", "首页 ›",
    };

    /// <summary>The first characters of the <see cref="LineStarts"/>: a line can start with one of them only if it starts with one of these.</summary>
    private static readonly string LineStartFirstChars = new(FirstChars(LineStarts));

    private static readonly string[] Anywhere = { "浏览次数", "阅读次数", "点击次数", "浏览量", "阅读量", "发布时间", "发布日期", "浏览：", "阅读：", "点击：" };

    /// <summary>The first characters of the <see cref="Anywhere"/> words: a line holds one of the words only where it holds one of these.</summary>
    private static readonly char[] AnywhereFirstChars = FirstChars(Anywhere);

    /// <summary>Headings of the link lists a page ends with: every short line after one of them is chrome.</summary>
    private static readonly string[] TailHeadings = { "相关推荐", "相关阅读", "相关文章", "猜你喜欢", "推荐阅读", "延伸阅读", "热门推荐", "热门文章", "最新文章", "精选范文", "相关范文" };

    /// <summary>Labels of a page's metadata line (<c>网站:公文素材库 | 时间:2025-01-14 07:56:35 | 移动端:…</c>).</summary>
    private static readonly string[] MetadataLabels = { "网站", "时间", "来源", "作者", "移动端", "栏目", "分类", "字数", "日期", "编辑", "发布", "浏览", "点击", "文章" };

    /// <summary>Whether <paramref name="line"/> (trimmed, read in place) is web-page chrome.</summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || line.Length > MaxLength)
        {
            return false;
        }

        if (IsEntitiesOnly(line))
        {
            return true;
        }

        if (LineStartFirstChars.IndexOf(line[0]) >= 0)
        {
            foreach (var start in LineStarts)
            {
                if (line.StartsWith(start.AsSpan()))
                {
                    return true;
                }
            }
        }

        if (ContainsAnyWord(line, Anywhere, AnywhereFirstChars))
        {
            return true;
        }

        return IsBreadcrumb(line) || IsMetadata(line) || HasClockTime(line);
    }

    /// <summary>
    /// The index of the first line of the link list a page ends with (<c>相关阅读</c> followed only by short lines), or
    /// the number of lines when there is none. Only a heading among the last <see cref="MaxTailLines"/> lines counts.
    /// </summary>
    public static int TailStart(List<TextLine> lines)
    {
        var count = lines.Count;
        var earliest = Math.Max(0, count - MaxTailLines);
        for (var i = count - 1; i >= earliest; i--)
        {
            var text = lines[i].Text.AsSpan();
            if (text.Length > MaxLength)
            {
                return count; // body text after the heading: not a page's tail
            }

            foreach (var heading in TailHeadings)
            {
                if (text.StartsWith(heading.AsSpan()) && text.Length <= heading.Length + 2)
                {
                    return i;
                }
            }
        }

        return count;
    }

    /// <summary>How many lines a page's closing link list may have (<see cref="ImportThresholds.MaxWebTailLines"/>).</summary>
    public const int MaxTailLines = ImportThresholds.MaxWebTailLines;

    /// <summary>Two or more <c>标签:值</c> pieces separated by <c>|</c>: a page's metadata line.</summary>
    public static bool IsMetadata(ReadOnlySpan<char> line) => line.IndexOfAny('|', '丨', '｜') >= 0 && CountLabelledPieces(line.ToString()) >= 2;

    /// <summary>How many of the <c>|</c>-separated pieces of <paramref name="line"/> start with a metadata label and a colon.</summary>
    private static int CountLabelledPieces(string line)
    {
        var labelled = 0;
        foreach (var piece in line.Split('|', '丨', '｜'))
        {
            var text = piece.Trim();
            var colon = text.IndexOfAny(new[] { ':', '：' });
            if (colon <= 0 || colon > 4)
            {
                continue;
            }

            foreach (var label in MetadataLabels)
            {
                if (string.CompareOrdinal(text, 0, label, 0, label.Length) == 0 && label.Length <= colon)
                {
                    labelled++;
                    break;
                }
            }
        }

        return labelled;
    }

    /// <summary>A date with a clock time (<c>2025-01-14 07:56:35</c>, <c>2025/1/14 7:56</c>): the stamp a page puts on a post, never material text.</summary>
    public static bool HasClockTime(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(':', '：') < 0)
        {
            return false; // no hh:mm without a colon: one vectorised search answers most lines
        }

        for (var i = 0; i + 4 < line.Length; i++)
        {
            if (!(Chars.IsDigit(line[i]) && line[i + 2] is ':' or '：' && Chars.IsDigit(line[i + 1]) && Chars.IsDigit(line[i + 3]) && Chars.IsDigit(line[i + 4])))
            {
                continue;
            }

            // hh:mm must follow a date (yyyy-mm-dd or yyyy/m/d) and a space
            var j = i - 1;
            if (j >= 0 && Chars.IsDigit(line[j]))
            {
                continue; // three digits before the colon: not a clock time
            }

            if (j < 0 || line[j] != ' ')
            {
                continue;
            }

            var k = j - 1;
            var digits = 0;
            var separators = 0;
            while (k >= 0 && (Chars.IsDigit(line[k]) || line[k] == '-' || line[k] == '/'))
            {
                if (Chars.IsDigit(line[k]))
                {
                    digits++;
                }
                else
                {
                    separators++;
                }

                k--;
            }

            if (separators == 2 && digits >= 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Site navigation: two or more <c>&gt;</c> / <c>›</c> / <c>»</c> separators, or links.</summary>
    public static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        var separators = 0;
        foreach (var c in line)
        {
            if (c == '>' || c == '›' || c == '»' || c == '＞')
            {
                separators++;
            }
        }

        // A link holds an ASCII colon or full stop (http://, https://, www.), which Chinese prose writes full-width: one
        // search for those first, and the three searches only in a line that has one.
        return separators >= 2 || (line.IndexOfAny(':', '.') >= 0
            && (line.IndexOf("http://".AsSpan()) >= 0 || line.IndexOf("https://".AsSpan()) >= 0 || line.IndexOf("www.".AsSpan()) >= 0));
    }

    /// <summary>Whether <paramref name="line"/> contains one of <paramref name="words"/> (ordinal): one search for the words'
    /// first characters (<paramref name="firstChars"/>), and a comparison at each place one stands, instead of a
    /// search of the line per word.</summary>
    private static bool ContainsAnyWord(ReadOnlySpan<char> line, string[] words, char[] firstChars)
    {
        for (var at = line.IndexOfAny(firstChars); at >= 0; at = line.IndexOfAny(firstChars))
        {
            line = line.Slice(at);
            foreach (var word in words)
            {
                if (line.StartsWith(word.AsSpan()))
                {
                    return true;
                }
            }

            line = line.Slice(1);
        }

        return false;
    }

    private static char[] FirstChars(string[] words)
    {
        var first = new List<char>();
        foreach (var word in words)
        {
            if (!first.Contains(word[0]))
            {
                first.Add(word[0]);
            }
        }

        return first.ToArray();
    }

    /// <summary>A line of HTML entities and spaces only: <c>&amp;nbsp;&amp;nbsp;</c>.</summary>
    public static bool IsEntitiesOnly(ReadOnlySpan<char> line)
    {
        var i = 0;
        var entities = 0;
        while (i < line.Length)
        {
            if (Chars.IsSpace(line[i]))
            {
                i++;
                continue;
            }

            if (line[i] != '&')
            {
                return false;
            }

            var semicolon = line.Slice(i).IndexOf(';');
            var end = semicolon < 0 ? -1 : i + semicolon;
            if (end < 0 || end - i > 8)
            {
                return false;
            }

            for (var j = i + 1; j < end; j++)
            {
                if (!Chars.IsAsciiLetterOrDigit(line[j]) && line[j] != '#')
                {
                    return false;
                }
            }

            entities++;
            i = end + 1;
        }

        return entities > 0;
    }
}
