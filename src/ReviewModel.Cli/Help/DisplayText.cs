using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Cli.Help;

/// <summary>
/// Terminal display width (East Asian wide and full-width characters take two columns) and line wrapping
/// by that width: Latin text breaks at spaces, Chinese text between any two characters, never before
/// closing punctuation such as <c>，。）</c>.
/// </summary>
internal static class DisplayText
{
    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    /// <summary>2 for wide and full-width characters (CJK, Hangul, full-width forms), 0 for combining marks, 1 otherwise.</summary>
    public static int Width(Rune rune)
    {
        var c = rune.Value;
        if (c == 0x200B || (c >= 0x0300 && c <= 0x036F) || (c >= 0xFE00 && c <= 0xFE0F))
        {
            return 0;
        }

        return IsWide(c) ? 2 : 1;
    }

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> columns.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var runes = new List<Rune>();
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var start = 0;
        while (start < runes.Count)
        {
            // Take as many runes as fit.
            var used = 0;
            var end = start;
            while (end < runes.Count && used + Width(runes[end]) <= width)
            {
                used += Width(runes[end]);
                end++;
            }

            if (end == runes.Count)
            {
                lines.Add(Join(runes, start, end).TrimEnd());
                break;
            }

            // Back off to the last place a line may break.
            var cut = end;
            while (cut > start && !CanBreakBefore(runes, cut))
            {
                cut--;
            }

            if (cut == start)
            {
                cut = end == start ? start + 1 : end; // one word longer than the line: cut it
            }

            lines.Add(Join(runes, start, cut).TrimEnd());
            start = cut;
            while (start < runes.Count && runes[start].Value == ' ')
            {
                start++;
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        return lines;
    }

    /// <summary>Whether a line may end before <c>runes[index]</c>.</summary>
    private static bool CanBreakBefore(List<Rune> runes, int index)
    {
        var next = runes[index].Value;
        var previous = runes[index - 1].Value;
        if (next == ' ')
        {
            return true;
        }

        if (previous == ' ')
        {
            return true;
        }

        if (IsClosing(next) || IsOpening(previous))
        {
            return false;
        }

        return IsWide(previous) || IsWide(next);
    }

    private static bool IsClosing(int c) => c <= 0xFFFF && "，。、；：？！）」』】》〉”’….,;:!?)]}".IndexOf((char)c) >= 0;

    private static bool IsOpening(int c) => c <= 0xFFFF && "（「『【《〈“‘([{".IndexOf((char)c) >= 0;

    private static bool IsWide(int c) =>
        (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);

    private static string Join(List<Rune> runes, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }
}
