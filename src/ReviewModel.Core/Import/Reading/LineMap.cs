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

    /// <summary>The line of the last offset located (where the next one usually is).</summary>
    private int _lastLine;

    public LineMap(string text, string? file)
    {
        _file = file;

        // A line ends at \n, \r\n or a lone \r. Counted first, then filled: one array of the exact size.
        _lineStarts = new int[CountLines(text)];
        var line = 1;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('\n', '\r'); i >= 0;)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                _lineStarts[line++] = i + 1;
            }

            var next = i + 1 < text.Length ? span.Slice(i + 1).IndexOfAny('\n', '\r') : -1;
            i = next < 0 ? -1 : i + 1 + next;
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
        var index = LineIndexOf(offset);
        return new SourceLocation(_file, index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// The index of the line holding <paramref name="offset"/>: the line of the last offset located, or the one after it,
    /// when it holds it (an import locates its elements mostly in document order), else a binary search.
    /// </summary>
    private int LineIndexOf(int offset)
    {
        var starts = _lineStarts;
        var hint = _lastLine; // read once: a stale guess from another thread is only a guess, checked below
        for (var guess = hint; guess <= hint + 1 && guess < starts.Length; guess++)
        {
            if (starts[guess] <= offset && (guess + 1 == starts.Length || offset < starts[guess + 1]))
            {
                _lastLine = guess;
                return guess;
            }
        }

        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(0, index);
        _lastLine = index;
        return index;
    }

    public SourceLocation? Locate(SourceSpan span, int index = 0) =>
        !span.HasPosition ? null : Locate(span.OffsetAt(index));
}
