using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Splits a paragraph that runs several numbered headings on, one after a sentence end:
/// <c>（一）理论学习不够深入。……（二）党性修养有所放松。……</c> or <c>（1）……。（2）……</c> become one block each,
/// as if each had started its own paragraph. Only a run in sequence counts (（二） after （一）…), so a
/// parenthesised number in a sentence is left alone. One pass over the text (vectorised searches for the candidates).
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
        var candidates = new Candidates(text);
        for (var i = candidates.Next(block.Marker.Length); i < text.Length; i = candidates.Next(i + 1))
        {
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

    /// <summary>
    /// The places a run-on heading can start, in order: an opening parenthesis (<c>（</c>, <c>(</c>) or a circled number
    /// (<c>①</c>…<c>⑳</c>). Each kind is found by a vectorised search and remembered until passed, so the text is
    /// searched once for each kind, not tested character by character.
    /// </summary>
    private ref struct Candidates
    {
        private readonly ReadOnlySpan<char> _text;
        private int _paren;
        private int _circled;

        public Candidates(ReadOnlySpan<char> text)
        {
            _text = text;
            _paren = -1;
            _circled = -1;
        }

        /// <summary>The first candidate at or after <paramref name="from"/>, or the text's length.</summary>
        public int Next(int from)
        {
            if (_paren < from)
            {
                _paren = Find(from, circled: false);
            }

            if (_circled < from)
            {
                _circled = Find(from, circled: true);
            }

            return Math.Min(_paren, _circled);
        }

        private readonly int Find(int from, bool circled)
        {
            if (from >= _text.Length)
            {
                return _text.Length;
            }

            var rest = _text.Slice(from);
            var at = circled ? IndexOfCircled(rest) : rest.IndexOfAny('（', '(');
            return at < 0 ? _text.Length : from + at;
        }

        private static int IndexOfCircled(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            return text.IndexOfAnyInRange('①', '⑳');
#else
            for (var i = 0; i < text.Length; i++)
            {
                if (Chars.IsCircled(text[i]))
                {
                    return i;
                }
            }

            return -1;
#endif
        }
    }
}
