using System.Collections.Generic;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Finds the run of item markers <c>一是…二是…三是</c> inside a paragraph. A marker counts only at the
/// start or after punctuation or a space (so 统一是, 唯一是 are not markers), and only in sequence
/// from 一是. One pass over the text and one over the candidates: linear, whatever the input.
/// </summary>
internal static class InlineItemScanner
{
    /// <summary>The markers <paramref name="firstNumber"/>是, then the next numbers in order.</summary>
    public static List<InlineItem> Scan(string text, int firstNumber) => Scan(text, firstNumber, text.Length);

    /// <summary>The markers <paramref name="firstNumber"/>是… whose 是 stands before <paramref name="limit"/>.</summary>
    public static List<InlineItem> Scan(string text, int firstNumber, int limit)
    {
        var found = new List<InlineItem>();
        var expected = firstNumber;
        for (var i = 1; i < limit && i < text.Length; i++)
        {
            if (text[i] != '是')
            {
                continue;
            }

            var end = i;
            while (end > 0 && end > i - 2 && Chars.IsSpace(text[end - 1]))
            {
                end--;
            }

            var count = ChineseNumerals.CountBefore(text, end);
            for (var len = count; len >= 1; len--)
            {
                var start = end - len;
                var number = ChineseNumerals.Parse(text, start, len);
                if (number != expected)
                {
                    continue;
                }

                if (start > 0 && !Chars.CanPrecedeMarker(text[start - 1]))
                {
                    continue;
                }

                var content = i + 1;
                while (content < text.Length && Chars.IsSpace(text[content]))
                {
                    content++;
                }

                if (content < text.Length && (text[content] == '，' || text[content] == ','))
                {
                    content++;
                }

                found.Add(new InlineItem(start, content, number));
                expected++;
                break;
            }
        }

        return found;
    }
}
