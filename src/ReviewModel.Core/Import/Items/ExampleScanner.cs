using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Finds where concrete examples start in a problem's text: 比如, 例如, 譬如, 比方说, and 如：/如， at
/// the start of a clause. One pass, jumping from one marker's first character to the next: linear.
/// </summary>
internal static class ExampleScanner
{
    private static readonly string[] Markers = { "比如", "例如", "譬如", "比方说", "举例来说" };

    /// <summary>The characters an example marker starts with.</summary>
    private static readonly char[] FirstCharacters = { '比', '例', '譬', '如', '举' };

    /// <summary>No example: shared, never written to.</summary>
    private static readonly IReadOnlyList<int> None = Array.Empty<int>();

    /// <summary>The starts of the examples in <paramref name="text"/> at or after <paramref name="from"/>, in order.</summary>
    public static IReadOnlyList<int> Scan(string text, int from)
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
                    (starts ??= new List<int>()).Add(i);
                }

                continue;
            }

            foreach (var marker in Markers)
            {
                if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0)
                {
                    (starts ??= new List<int>()).Add(i);
                    i += marker.Length - 1;
                    break;
                }
            }
        }

        return starts ?? None;
    }

    /// <summary>The next character at or after <paramref name="from"/> that may start a marker, or -1.</summary>
    private static int NextCandidate(string text, int from) => from >= text.Length ? -1 : text.IndexOfAny(FirstCharacters, Math.Max(0, from));

    private static bool IsClauseStart(char c) =>
        Chars.IsSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '”' || c == '"' || c == '\n' || Chars.IsSpace(c) || c == '（' || c == '(';
}
