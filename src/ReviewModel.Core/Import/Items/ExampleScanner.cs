using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Finds where concrete examples start in a problem's text: 比如, 例如, 譬如, 比方说, and 如：/如， at
/// the start of a clause. One pass, linear.
/// </summary>
internal static class ExampleScanner
{
    private static readonly string[] Markers = { "比如", "例如", "譬如", "比方说", "举例来说" };

    /// <summary>The starts of the examples in <paramref name="text"/> at or after <paramref name="from"/>, in order.</summary>
    public static List<int> Scan(string text, int from)
    {
        var starts = new List<int>();
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '比' && c != '例' && c != '譬' && c != '如' && c != '举')
            {
                continue;
            }

            if (i > from && !IsClauseStart(text[i - 1]))
            {
                continue;
            }

            if (c == '如')
            {
                if (i + 1 < text.Length && (text[i + 1] == '：' || text[i + 1] == ':' || text[i + 1] == '，' || text[i + 1] == ','))
                {
                    starts.Add(i);
                }

                continue;
            }

            foreach (var marker in Markers)
            {
                if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0)
                {
                    starts.Add(i);
                    i += marker.Length - 1;
                    break;
                }
            }
        }

        return starts;
    }

    private static bool IsClauseStart(char c) =>
        Chars.IsSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '”' || c == '"' || c == '\n' || Chars.IsSpace(c) || c == '（' || c == '(';
}
