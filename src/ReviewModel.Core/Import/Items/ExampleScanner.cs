using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Finds where concrete examples start in a problem's text: 比如, 例如, 譬如, 比方说, and 如：/如， at
/// the start of a clause. One pass, jumping from one marker's first character to the next: linear. The text is read
/// in place: scanning makes no string, and the starts are collected in the thread's <see cref="ScratchList{T}"/>.
/// </summary>
internal static class ExampleScanner
{
    private static readonly string[] Markers = { "比如", "例如", "譬如", "比方说", "举例来说" };

    /// <summary>The characters an example marker starts with.</summary>
    private static readonly char[] FirstCharacters = { '比', '例', '譬', '如', '举' };

    /// <summary>No example: shared, never written to.</summary>
    private static readonly IReadOnlyList<int> None = Array.Empty<int>();

    /// <summary>The starts of the examples in <paramref name="text"/> at or after <paramref name="from"/>, in order.</summary>
    public static IReadOnlyList<int> Scan(ReadOnlySpan<char> text, int from)
    {
        List<int>? starts = null;
        for (var i = NextCandidate(text, from); i >= 0; i = NextCandidate(text, i + 1))
        {
            var c = text[i];
            if (i > from && !IsClauseStart(text[i - 1]))
            {
                continue;
            }

            if (c == '如')
            {
                if (i + 1 < text.Length && (text[i + 1] == '：' || text[i + 1] == ':' || text[i + 1] == '，' || text[i + 1] == ','))
                {
                    (starts ??= ScratchList<int>.Take()).Add(i);
                }

                continue;
            }

            foreach (var marker in Markers)
            {
                if (text.Slice(i).StartsWith(marker.AsSpan(), StringComparison.Ordinal))
                {
                    (starts ??= ScratchList<int>.Take()).Add(i);
                    i += marker.Length - 1;
                    break;
                }
            }
        }

        return starts is null ? None : ScratchList<int>.ToArray(starts);
    }

    /// <summary>The next character at or after <paramref name="from"/> that may start a marker, or -1.</summary>
    private static int NextCandidate(ReadOnlySpan<char> text, int from)
    {
        from = Math.Max(0, from);
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text.Slice(from).IndexOfAny(FirstCharacters.AsSpan());
        return at < 0 ? -1 : from + at;
    }

    private static bool IsClauseStart(char c) =>
        Chars.IsSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '”' || c == '"' || c == '\n' || Chars.IsSpace(c) || c == '（' || c == '(';
}
