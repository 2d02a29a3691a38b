using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Turns offsets in the input into 1-based line and column (binary search over line starts).</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly string? _file;

    public LineMap(string text, string? file)
    {
        _file = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
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
