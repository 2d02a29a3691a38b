using System;
using System.Collections.Generic;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// Finds the run of item markers <c>一是…二是…三是</c> inside a paragraph. A marker counts only at the
/// start or after punctuation or a space (so 统一是, 唯一是 are not markers), and only in sequence
/// from 一是. One pass over the text (jumping from 是 to 是) and a bounded look back from each: linear, whatever the input.
/// The text is read in place (a paragraph's characters, <see cref="SourceSpan.AsSpan"/>): scanning makes no string, and
/// a run is collected in the thread's <see cref="ScratchList{T}"/> and given as an array of its own size, a paragraph
/// with no run as the shared empty one.
/// </summary>
internal static class InlineItemScanner
{
    /// <summary>No marker found: shared, never written to.</summary>
    private static readonly IReadOnlyList<InlineItem> None = Array.Empty<InlineItem>();

    /// <summary>The markers <paramref name="firstNumber"/>是, then the next numbers in order.</summary>
    public static IReadOnlyList<InlineItem> Scan(ReadOnlySpan<char> text, int firstNumber) => Scan(text, firstNumber, text.Length);

    /// <summary>The markers <paramref name="firstNumber"/>是… whose 是 stands before <paramref name="limit"/>.</summary>
    public static IReadOnlyList<InlineItem> Scan(ReadOnlySpan<char> text, int firstNumber, int limit)
    {
        List<InlineItem>? found = null;
        var expected = firstNumber;
        for (var i = NextShi(text, 1, limit); i >= 0; i = NextShi(text, i + 1, limit))
        {
            if (TryMarkerAt(text, i, expected, out var item))
            {
                (found ??= ScratchList<InlineItem>.Take()).Add(item);
                expected++;
            }
        }

        return found is null ? None : ScratchList<InlineItem>.ToArray(found);
    }

    /// <summary>Where the first marker <paramref name="number"/>是 whose 是 stands before <paramref name="limit"/>
    /// starts, or -1: the first item of <see cref="Scan(ReadOnlySpan{char}, int, int)"/>, without collecting the run.</summary>
    public static int FirstMarkerStart(ReadOnlySpan<char> text, int number, int limit)
    {
        for (var i = NextShi(text, 1, limit); i >= 0; i = NextShi(text, i + 1, limit))
        {
            if (TryMarkerAt(text, i, number, out var item))
            {
                return item.MarkerStart;
            }
        }

        return -1;
    }

    /// <summary>The next 是 at or after <paramref name="from"/> and before <paramref name="limit"/> (and the text's end), or -1.</summary>
    private static int NextShi(ReadOnlySpan<char> text, int from, int limit)
    {
        var end = limit < text.Length ? limit : text.Length;
        if (from >= end)
        {
            return -1;
        }

        var at = text.Slice(from, end - from).IndexOf('是');
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether the 是 at <paramref name="shi"/> ends the marker <paramref name="expected"/>是: the numeral
    /// (up to three characters, spaces allowed before 是) stands at the start or after what may precede a marker.</summary>
    private static bool TryMarkerAt(ReadOnlySpan<char> text, int shi, int expected, out InlineItem item)
    {
        var end = shi;
        while (end > 0 && end > shi - 2 && Chars.IsSpace(text[end - 1]))
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

            var content = shi + 1;
            while (content < text.Length && Chars.IsSpace(text[content]))
            {
                content++;
            }

            if (content < text.Length && (text[content] == '，' || text[content] == ','))
            {
                content++;
            }

            item = new InlineItem(start, content, number);
            return true;
        }

        item = default;
        return false;
    }
}
