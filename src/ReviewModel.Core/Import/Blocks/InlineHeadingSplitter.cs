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
    /// <summary>Adds <paramref name="block"/> to <paramref name="blocks"/>, or, when it runs numbered headings on, the
    /// block of each heading in turn.</summary>
    public static void Split(Block block, List<Block> blocks)
    {
        var parenthesised = block.Kind == MarkerKind.Heading || (block.Kind == MarkerKind.Arabic && block.Raw.Length > 0 && (Chars.IsOpenParen(block.Raw[0]) || Chars.IsCircled(block.Raw[0])));
        if (!parenthesised)
        {
            blocks.Add(block);
            return;
        }

        var text = block.Raw.AsSpan();
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

            var marker = Marker.Read(text.Slice(i, System.Math.Min(ImportThresholds.MarkerWindow, text.Length - i)));
            if (marker.Kind != block.Kind || marker.Number != expected)
            {
                continue;
            }

            blocks.Add(first ? Block.Create(block.Raw.Slice(start, i - start).Trim(), block.HeadingLevel, block.BoldLength > 0 && block.BoldLength + block.Marker.Length <= i ? block.BoldLength + block.Marker.Length : -1) : Block.Create(block.Raw.Slice(start, i - start).Trim()));
            first = false;
            start = i;
            expected++;
        }

        blocks.Add(first ? block : Block.Create(block.Raw.Slice(start).Trim()));
    }
}
