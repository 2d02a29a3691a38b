using System;

namespace ReviewModel.Import;

/// <summary>
/// Splits an item's text into its lead phrase and the rest: the bold phrase when there is one,
/// otherwise the first sentence (up to 。！？；), cut before an example marker, or at the first
/// comma when the sentence is very long. The text is read in place: splitting makes no string.
/// </summary>
internal static class LeadSplitter
{
    private const int LongLead = ImportThresholds.MaxLeadSentenceLength;
    private const int CommaWindow = ImportThresholds.LeadCommaWindow;
    private const int ShortLead = ImportThresholds.MaxUnpunctuatedLeadLength;

    /// <summary>The length of the lead of <paramref name="text"/>.</summary>
    /// <param name="text">The item's text, after its marker.</param>
    /// <param name="boldLength">The length of a bold lead phrase, or -1.</param>
    /// <param name="firstExample">Where the first example starts, or -1.</param>
    public static int LeadLength(ReadOnlySpan<char> text, int boldLength, int firstExample)
    {
        if (boldLength > 0 && boldLength <= text.Length)
        {
            return boldLength;
        }

        var limit = firstExample >= 0 ? firstExample : text.Length;
        var end = -1;
        var sentence = true;
        for (var i = 0; i < limit; i++)
        {
            if (Chars.IsSentenceEnd(text[i]) && !(text[i] == '．' && i + 1 < text.Length && Chars.IsDigit(text[i + 1])))
            {
                end = i + 1;
                break;
            }
        }

        if (end < 0)
        {
            end = limit;
            sentence = false;
        }

        // Keep a closing quote or bracket with the sentence.
        while (end < limit && (text[end] == '”' || text[end] == '"' || text[end] == '’' || text[end] == '）' || text[end] == ')'))
        {
            end++;
        }

        // "攻坚克难的劲头不足，具体表现为：一是……二是……": the points are the problem's body, the lead ends before them.
        var point = InlineItemScanner.FirstMarkerStart(text, 1, end);
        if (point > 0 && point < end)
        {
            var cut = point;
            while (cut > 0 && Chars.IsSpace(text[cut - 1]))
            {
                cut--;
            }

            return cut;
        }

        if (end > LongLead || (!sentence && end > ShortLead && end < text.Length))
        {
            for (var i = 0; i < CommaWindow && i < end; i++)
            {
                if (text[i] == '，' || text[i] == ',' || text[i] == '：' || text[i] == ':')
                {
                    return i + 1;
                }
            }
        }

        return end;
    }
}
