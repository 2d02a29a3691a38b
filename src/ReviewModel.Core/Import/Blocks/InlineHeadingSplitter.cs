using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Splits a paragraph that runs several numbered headings on, one after a sentence end:
/// <c>（一）理论学习不够深入。……（二）党性修养有所放松。……</c> or <c>（1）……。（2）……</c> become one block each,
/// as if each had started its own paragraph. Only a run in sequence counts (（二） after （一）…), so a
/// parenthesised number in a sentence is left alone. One pass over the text.
/// </summary>
internal static class InlineHeadingSplitter
{
    public static IEnumerable<Block> Split(Block block)
    {
        var parenthesised = block.Kind == MarkerKind.Heading || (block.Kind == MarkerKind.Arabic && block.Raw.Length > 0 && (Chars.IsOpenParen(block.Raw[0]) || Chars.IsCircled(block.Raw[0])));
        if (!parenthesised)
        {
            yield return block;
            yield break;
        }

        var text = block.Raw.Text;
        var expected = block.Marker.Number + 1;
        var start = 0;
        var first = true;
        for (var i = block.Marker.Length; i < text.Length; i++)
        {
            if (!Chars.IsOpenParen(text[i]) && !Chars.IsCircled(text[i]))
            {
                continue;
            }

            var before = i - 1;
            while (before >= 0 && Chars.IsSpace(text[before]))
            {
                before--;
            }

            if (before < 0 || !(Chars.IsSentenceEnd(text[before]) || text[before] == '）' || text[before] == ')'))
            {
                continue;
            }

            var marker = Marker.Read(text.Substring(i, System.Math.Min(ImportThresholds.MarkerWindow, text.Length - i)));
            if (marker.Kind != block.Kind || marker.Number != expected)
            {
                continue;
            }

            yield return first ? Block.Create(block.Raw.Slice(start, i - start).Trim(), block.HeadingLevel, block.BoldLength > 0 && block.BoldLength + block.Marker.Length <= i ? block.BoldLength + block.Marker.Length : -1) : Block.Create(block.Raw.Slice(start, i - start).Trim());
            first = false;
            start = i;
            expected++;
        }

        if (first)
        {
            yield return block;
        }
        else
        {
            yield return Block.Create(block.Raw.Slice(start).Trim());
        }
    }
}
