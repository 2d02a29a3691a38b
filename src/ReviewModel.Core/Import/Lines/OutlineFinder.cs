using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Finds an outline or table of contents written before the title: an optional <c>目录</c> line, then a run
/// of short heading lines (<c>一、…</c>, <c>（一）…方面</c>, <c>原因分析</c>) that repeat the document's headings,
/// ending where the title starts. Such lines are not the document and are skipped (RMI008).
/// </summary>
internal static class OutlineFinder
{
    /// <summary>An outline entry is a short line: at most this many characters.</summary>
    public const int MaxEntryLength = ImportThresholds.MaxOutlineEntryLength;

    /// <summary>Fewest entries that make an outline (two after a 目录 line).</summary>
    public const int MinEntries = ImportThresholds.MinOutlineEntries;

    private static readonly string[] Headers = { "目录", "目 录", "目　录", "提纲", "内容提要", "大纲" };

    /// <summary>The index of the first line after the outline (0 when there is none).</summary>
    public static int Find(List<TextLine> lines)
    {
        var i = NextNonBlank(lines, 0);
        if (i < 0)
        {
            return 0;
        }

        var header = Array.IndexOf(Headers, lines[i].Text.Text) >= 0;
        if (header)
        {
            i = NextNonBlank(lines, i + 1);
        }

        var entries = 0;
        while (i >= 0 && IsEntry(lines[i]))
        {
            entries++;
            i = NextNonBlank(lines, i + 1);
        }

        if (i < 0 || entries < (header ? MinEntries - 1 : MinEntries))
        {
            return 0;
        }

        // The outline ends where the title starts.
        return TitleFinder.IsTitleLine(lines[i]) ? i : 0;
    }

    private static bool IsEntry(TextLine line)
    {
        if (line.Text.Length == 0 || line.Text.Length > MaxEntryLength || line.HeadingLevel == 1)
        {
            return false;
        }

        var text = line.Text.Text;
        var last = text[text.Length - 1];
        if (last == '。' || last == '！' || last == '？' || last == '；' || last == '，')
        {
            return false;
        }

        return Marker.Read(text).Kind != MarkerKind.None || SectionClassifier.ClassifyBareLine(text) is not null || AspectMatcher.LooksLikeAspect(text);
    }

    private static int NextNonBlank(List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i].IsRule)
            {
                return i;
            }
        }

        return -1;
    }
}
