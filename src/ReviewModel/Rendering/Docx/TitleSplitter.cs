using System;
using System.Collections.Generic;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Splits a long title over lines, as official documents do: as few lines as fit, lengths balanced
/// (a slightly longer first line is preferred to a shorter one), breaking after 会/的/年度 or before
/// 专题/对照检查 where possible, and avoiding breaks inside a Latin word or number or next to a
/// bracket or quote.
/// </summary>
internal static class TitleSplitter
{
    private const string OpeningMarks = "“‘《（(〈【「";
    private const string ClosingMarks = "”’》）)〉】」、，。；：！？,.;:!?";

    public static IReadOnlyList<string> Split(string title, int maxCharsPerLine)
    {
        var text = title.Trim();
        if (maxCharsPerLine < 2 || text.Length <= maxCharsPerLine)
        {
            return new[] { text };
        }

        var lines = new List<string>();
        var start = 0;
        var count = (text.Length + maxCharsPerLine - 1) / maxCharsPerLine;
        while (count > 1)
        {
            var remaining = text.Length - start;
            var ideal = start + (int)Math.Ceiling(remaining / (double)count);
            var lowest = Math.Max(start + 1, text.Length - ((count - 1) * maxCharsPerLine));
            var highest = Math.Min(start + maxCharsPerLine, text.Length - 1);
            var best = Math.Min(Math.Max(ideal, lowest), highest);
            var bestScore = double.MaxValue;
            for (var cut = lowest; cut <= highest; cut++)
            {
                var score = Score(text, cut, ideal);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = cut;
                }
            }

            lines.Add(text.Substring(start, best - start));
            start = best;
            count--;
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    private static double Score(string text, int cut, int ideal)
    {
        // Distance from the balanced point; a first line longer than the ideal costs less than a shorter one.
        var distance = cut >= ideal ? (cut - ideal) * 1.0 : (ideal - cut) * 1.5;
        var before = text[cut - 1];
        var after = text[cut];
        if (IsLatin(before) && IsLatin(after))
        {
            distance += 100;
        }

        if (OpeningMarks.IndexOf(before) >= 0 || ClosingMarks.IndexOf(after) >= 0)
        {
            distance += 50;
        }

        if (string.CompareOrdinal(text, cut, "对照检查", 0, 4) == 0 || string.CompareOrdinal(text, cut, "专题", 0, 2) == 0)
        {
            distance -= 3;
        }
        else if (before is '会' or '的' or '、' or '，' or '”' or '》' || (before == '度' && cut >= 2 && text[cut - 2] == '年'))
        {
            distance -= 2;
        }

        return distance;
    }

    private static bool IsLatin(char c) => c < 0x3000 && char.IsLetterOrDigit(c);
}
