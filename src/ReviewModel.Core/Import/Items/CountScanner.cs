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

    private static readonly string[] StudyWords = { "学习", "研讨", "研学" };
    private static readonly string[] TalkWords = { "谈心", "谈话" };
    private static readonly string[] OpinionWords = { "意见", "建议" };

    /// <summary>Study sessions: "集中学习研讨4次".</summary>
    public static int? StudySessions(string text) => StudySessions(new StringText(text));

    /// <summary>Study sessions in a string or a buffer.</summary>
    public static int? StudySessions<T>(T text)
        where T : struct, ITextSource => CountBefore(text, "次", StudyWords, TalkWords, OpinionWords);

    /// <summary>Opinions solicited: "征求意见建议58条".</summary>
    public static int? OpinionsSolicited(string text) => OpinionsSolicited(new StringText(text));

    /// <summary>Opinions solicited in a string or a buffer.</summary>
    public static int? OpinionsSolicited<T>(T text)
        where T : struct, ITextSource => CountBefore(text, "条", OpinionWords, TalkWords, StudyWords);

    /// <summary>Talks held: "谈心谈话120余人次", or "谈心谈话6次".</summary>
    public static int? TalksHeld(string text) => TalksHeld(new StringText(text));

    /// <summary>Talks held in a string or a buffer.</summary>
    public static int? TalksHeld<T>(T text)
        where T : struct, ITextSource => CountBefore(text, "人次", TalkWords, StudyWords, OpinionWords) ?? CountBefore(text, "次", TalkWords, StudyWords, OpinionWords);

    /// <summary>
    /// The number written before <paramref name="unit"/> (allowing 余/多) whose nearest topic word before it, in the
    /// same sentence, is one of <paramref name="topics"/> rather than a word of another count
    /// (<paramref name="rivals"/>, <paramref name="others"/>): in "认真学习了党章党规，与党员谈心谈话6次" the 6 is talks, not study.
    /// </summary>
    private static int? CountBefore<T>(T text, string unit, string[] topics, string[] rivals, string[] others)
        where T : struct, ITextSource
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(unit, from);
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

            var topic = Nearest(text, sentenceStart, start, topics);
            if (topic < 0 || topic < Nearest(text, sentenceStart, start, rivals) || topic < Nearest(text, sentenceStart, start, others))
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

    /// <summary>The end of the last of <paramref name="words"/> in [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    private static int Nearest<T>(T text, int from, int to, string[] words)
        where T : struct, ITextSource
    {
        var best = -1;
        foreach (var word in words)
        {
            var at = text.LastIndexOf(word, from, to);
            if (at >= 0)
            {
                best = Math.Max(best, at + word.Length);
            }
        }

        return best;
    }

    /// <summary>The index just after the last non-space character before <paramref name="at"/>: text pasted from
    /// PDFs writes <c>研讨 4 次</c> with spaces around the number.</summary>
    private static int SkipSpacesBack<T>(T text, int at)
        where T : struct, ITextSource
    {
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\u3000' || text[at - 1] == '\u00A0'))
        {
            at--;
        }

        return at;
    }
}
