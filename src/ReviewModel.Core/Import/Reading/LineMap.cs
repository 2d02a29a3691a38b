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
        // Counted first, then filled: one array of the exact size.
        var count = 1;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                count++;
            }
        }

        _lineStarts = new int[count];
        var line = 1;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                _lineStarts[line++] = i + 1;
            }
        }
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
