using System;

namespace ReviewModel.Import;

/// <summary>Reads counts a reviewer looks for: "征求意见建议58条", "谈心谈话120余人次". Linear.</summary>
internal static class CountScanner
{
    /// <summary>The number written before <paramref name="unit"/> (allowing 余/多) in a sentence that mentions <paramref name="topic"/>, or null.</summary>
    public static int? CountBefore(string text, string unit, string topic)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(unit, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            from = at + unit.Length;
            var end = at;
            if (end > 0 && (text[end - 1] == '余' || text[end - 1] == '多'))
            {
                end--;
            }

            var start = end;
            while (start > 0 && end - start < 7 && Chars.IsDigit(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                continue;
            }

            var sentenceStart = start;
            while (sentenceStart > 0 && start - sentenceStart < 80 && !Chars.IsSentenceEnd(text[sentenceStart - 1]))
            {
                sentenceStart--;
            }

            if (text.IndexOf(topic, sentenceStart, start - sentenceStart, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var value = 0;
            for (var i = start; i < end; i++)
            {
                value = (value * 10) + Chars.DigitValue(text[i]);
            }

            return value;
        }

        return null;
    }
}
