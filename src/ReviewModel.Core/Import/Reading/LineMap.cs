using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Turns offsets in the input into 1-based line and column (binary search over line starts).</summary>
internal sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly int[] _lineStarts;
    private readonly string? _file;

    public LineMap(string text, string? file)
    {
        _file = file;

        // A line ends at \n, \r\n or a lone \r. Counted first, then filled: one array of the exact size.
        _lineStarts = new int[CountLines(text)];
        var line = 1;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                _lineStarts[line++] = i + 1;
            }
        }
    }

    private static int CountLines(string text)
    {
#if NET8_0_OR_GREATER
        // Vectorised counts: every \n ends a line, and every \r that is not the first half of \r\n.
        var span = text.AsSpan();
        return 1 + span.Count('\n') + span.Count('\r') - span.Count("\r\n".AsSpan());
#else
        var count = 1;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                count++;
            }
        }

        return count;
#endif
    }

    public SourceLocation Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(0, index);
        return new SourceLocation(_file, index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceLocation? Locate(SourceSpan span, int index = 0) =>
        !span.HasPosition ? null : Locate(span.OffsetAt(index));
}
