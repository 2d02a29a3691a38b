using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Finds the title among the first lines: a short line naming the material (对照检查材料, 发言提纲,
/// 民主生活会…), possibly split over two lines; lines before it are page chrome (site names, view
/// counts, breadcrumbs). Looks at a bounded number of lines, so it costs nothing on large inputs.
/// </summary>
internal static class TitleFinder
{
    private const int SearchLines = ImportThresholds.TitleSearchLines;
    private const int MaxTitle = ImportThresholds.MaxTitleLength;

    private static readonly string[] TitleWords =
    {
        "对照检查", "检视剖析", "剖析材料", "检查材料", "发言提纲", "发言材料", "生活会", "对照材料", "个人剖析", "检视材料", "述责述廉",
    };

    private static readonly string[] MaterialWords = { "材料", "提纲", "发言" };

    private static readonly string[] MeetingWords = { "生活会", "班子", "年度", "专题", "党委", "党组", "支部", "同志", "主题教育", "常委" };

    /// <summary>The index of the first and last title line among <paramref name="lines"/> (blank lines skipped), or (-1, -1).</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="from">Where to start looking (after an outline).</param>
    public static (int First, int Last) Find(List<TextLine> lines, int from = 0)
    {
        var seen = 0;
        var previous = -1;
        var best = (First: -1, Last: -1);
        var bestScore = 0;
        for (var i = from; i < lines.Count && seen < SearchLines; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.IsRule)
            {
                continue;
            }

            seen++;
            var text = line.Text.Text;
            if (IsChrome(text) || WebChrome.Is(text))
            {
                previous = -1;
                continue; // page chrome between candidates
            }

            (int First, int Last)? candidate = null;
            if (line.HeadingLevel == 1 && IsTitleShaped(text) && Marker.Read(text).Kind == MarkerKind.None)
            {
                candidate = (i, i);
            }
            else if (IsTitleShaped(text) && Has(text, TitleWords) && Marker.Read(text).Kind == MarkerKind.None)
            {
                var next = NextNonBlank(lines, i);
                if (!Has(text, MaterialWords) && next >= 0 && IsTitleShaped(lines[next].Text.Text) && lines[next].Text.Length <= ImportThresholds.MaxTitlePartLength && Has(lines[next].Text.Text, MaterialWords))
                {
                    candidate = (i, next);
                }
                else if (previous >= 0 && text.Length <= ImportThresholds.MaxTitlePartLength && IsTitleShaped(lines[previous].Text.Text) && Has(lines[previous].Text.Text, MeetingWords) && !IsChrome(lines[previous].Text.Text))
                {
                    candidate = (previous, i);
                }
                else
                {
                    candidate = (i, i);
                }
            }

            if (candidate is { } found)
            {
                // Pages repeat a short category title ("班子对照检查材料") before the material's own: the fuller title wins.
                var score = Score(lines, found.First, found.Last);
                if (score > bestScore)
                {
                    best = found;
                    bestScore = score;
                }

                i = found.Last;
                previous = -1;
                continue;
            }

            if (text.Length > ImportThresholds.MaxTitleLineLength || (text.Length > ImportThresholds.MinFullTitleLength && Chars.IsSentenceEnd(text[text.Length - 1])) || line.HeadingLevel >= 2 || Marker.Read(text).Kind != MarkerKind.None || line.BoldLength > 0)
            {
                break; // body text: the title, if any, came before it
            }

            previous = i;
        }

        return best.First >= 0 ? best : FirstLineTitle(lines, from);
    }

    /// <summary>Whether a line can be a title by itself (a Markdown/Word top heading, or a short line naming the material).</summary>
    public static bool IsTitleLine(TextLine line)
    {
        var text = line.Text.Text;
        return Marker.Read(text).Kind == MarkerKind.None && IsTitleShaped(text) && (line.HeadingLevel == 1 || Has(text, TitleWords) || Has(text, MeetingWords));
    }

    /// <summary>How much a candidate looks like the material's own title: names the meeting, the material, a year, is not short.</summary>
    private static int Score(List<TextLine> lines, int first, int last)
    {
        var text = first == last ? lines[first].Text.Text : lines[first].Text.Text + lines[last].Text.Text;
        var score = 1;
        score += Has(text, new[] { "生活会" }) ? 2 : 0;
        score += Has(text, MaterialWords) ? 1 : 0;
        score += text.Length >= ImportThresholds.MinFullTitleLength ? 1 : 0;
        score += lines[first].HeadingLevel == 1 ? 2 : 0;
        return score;
    }

    private static (int First, int Last) FirstLineTitle(List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || lines[i].IsRule)
            {
                continue;
            }

            var text = lines[i].Text.Text;
            return IsTitleShaped(text) && text.Length <= ImportThresholds.MaxHeadingLength && Marker.Read(text).Kind == MarkerKind.None && SectionClassifier.ClassifyBareLine(text) is null
                && !AspectMatcher.LooksLikeAspect(text) ? (i, i) : (-1, -1);
        }

        return (-1, -1);
    }

    private static int NextNonBlank(List<TextLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j < i + 3; j++)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsTitleShaped(string text)
    {
        if (text.Length == 0 || text.Length > MaxTitle)
        {
            return false;
        }

        var last = text[text.Length - 1];
        return !Chars.IsSentenceEnd(last) && last != '：' && last != ':' && last != '，' && last != ',' && !IsChrome(text);
    }

    private static bool IsChrome(string text) =>
        text.IndexOf('>') >= 0 || text.IndexOf('›') >= 0 || text.IndexOf('|') >= 0
        || text.IndexOf("浏览", StringComparison.Ordinal) >= 0 || text.IndexOf("阅读", StringComparison.Ordinal) >= 0 || text.IndexOf("来源", StringComparison.Ordinal) >= 0
        || text.IndexOf("http", StringComparison.Ordinal) >= 0 || text.IndexOf("www.", StringComparison.Ordinal) >= 0 || text.IndexOf("发布时间", StringComparison.Ordinal) >= 0;

    private static bool Has(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
