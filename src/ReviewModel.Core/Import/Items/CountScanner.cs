using System;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>Reads counts a reviewer looks for: "征求意见建议58条", "谈心谈话120余人次", "研讨 4 次" (spaces from PDFs), "研讨五次". Linear.</summary>
internal static class CountScanner
{
    /// <summary>The longest number read: seven digits (no preparation count has more), or seven Chinese numeral characters (九千九百九十九).</summary>
    private const int MaxDigits = 7;

    /// <summary>How far back from the number the topic word may stand, within one sentence: long enough for
    /// 班子成员之间、班子成员与分管部门负责同志之间深入开展谈心谈话, short enough not to reach into another topic.</summary>
    private const int TopicWindow = 80;

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
            var end = SkipSpacesBack(text, at);
            if (end > 0 && (text[end - 1] == '余' || text[end - 1] == '多'))
            {
                end = SkipSpacesBack(text, end - 1);
            }

            var start = end;
            var chinese = end > 0 && Chars.IsNumeral(text[end - 1]);
            while (start > 0 && end - start < MaxDigits && (chinese ? ChineseNumerals.IsNumberCharacter(text[start - 1]) : Chars.IsDigit(text[start - 1])))
            {
                start--;
            }

            if (start == end)
            {
                continue;
            }

            var sentenceStart = start;
            while (sentenceStart > 0 && start - sentenceStart < TopicWindow && !Chars.IsSentenceEnd(text[sentenceStart - 1]))
            {
                sentenceStart--;
            }

            if (text.IndexOf(topic, sentenceStart, start - sentenceStart, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (chinese)
            {
                if (ChineseText.ParseNumeral(text.Substring(start, end - start)) is { } parsed)
                {
                    return parsed;
                }

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

    /// <summary>The index just after the last non-space character before <paramref name="at"/>: text pasted from
    /// PDFs writes <c>研讨 4 次</c> with spaces around the number.</summary>
    private static int SkipSpacesBack(string text, int at)
    {
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\u3000' || text[at - 1] == '\u00A0'))
        {
            at--;
        }

        return at;
    }
}
