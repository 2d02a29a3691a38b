using System;

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

    private static readonly string[] Anywhere = { "浏览次数", "阅读次数", "点击次数", "浏览量", "阅读量", "发布时间", "发布日期", "浏览：", "阅读：", "点击：" };

    /// <summary>Whether <paramref name="line"/> (trimmed) is web-page chrome.</summary>
    public static bool Is(string line)
    {
        if (line.Length == 0 || line.Length > MaxLength)
        {
            return false;
        }

        if (IsEntitiesOnly(line))
        {
            return true;
        }

        foreach (var start in LineStarts)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in Anywhere)
        {
            if (line.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return IsBreadcrumb(line);
    }

    /// <summary>Site navigation: two or more <c>&gt;</c> / <c>›</c> / <c>»</c> separators, or links.</summary>
    public static bool IsBreadcrumb(string line)
    {
        var separators = 0;
        foreach (var c in line)
        {
            if (c == '>' || c == '›' || c == '»' || c == '＞')
            {
                separators++;
            }
        }

        return separators >= 2 || line.IndexOf("http://", StringComparison.Ordinal) >= 0 || line.IndexOf("https://", StringComparison.Ordinal) >= 0 || line.IndexOf("www.", StringComparison.Ordinal) >= 0;
    }

    /// <summary>A line of HTML entities and spaces only: <c>&amp;nbsp;&amp;nbsp;</c>.</summary>
    public static bool IsEntitiesOnly(string line)
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

            var end = line.IndexOf(';', i);
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
