using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Turns offsets in the input into 1-based line and column (binary search over line starts).</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _lineCount;
    private readonly string? _file;

    /// <summary>The line of the last offset located (where the next one usually is).</summary>
    private int _lastLine;

    public LineMap(string text, string? file)
    {
        _file = file;

        // A line ends at \n, \r\n or a lone \r. One pass of vectorised searches for the next break; the array grows by
        // doubling and may keep unused room at its end (only the first _lineCount starts are lines).
        var starts = new int[InitialCapacity + (text.Length >> CharactersPerLineLog)];
        var count = 1; // line 1 starts at 0
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('\n', '\r'); i >= 0;)
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                if (count == starts.Length)
                {
                    Array.Resize(ref starts, starts.Length * 2);
                }

                starts[count++] = i + 1;
            }

            var next = i + 1 < text.Length ? span.Slice(i + 1).IndexOfAny('\n', '\r') : -1;
            i = next < 0 ? -1 : i + 1 + next;
        }

        _lineStarts = starts;
        _lineCount = count;
    }

    /// <summary>The room for line starts a map begins with beside one per 128 characters (a page of material has a few dozen lines).</summary>
    private const int InitialCapacity = 1 << 6;

    /// <summary>Room for one line start per 2^7 = 128 characters to begin with: a material's paragraph-long lines (the
    /// sample's average is 120) need no growing; a text of short lines doubles the room a few times.</summary>
    private const int CharactersPerLineLog = 7;

    /// <summary>How many lines the text has (one more than its line breaks, a \r\n counting once).</summary>
    public int LineCount => _lineCount;

    /// <summary>The offset at which line <paramref name="index"/> (from 0, below <see cref="LineCount"/>) starts.</summary>
    public int LineStart(int index) => index < _lineCount ? _lineStarts[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public SourceLocation Locate(int offset)
    {
        var index = LineIndexOf(offset);
        return new SourceLocation(_file, index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// The index of the line holding <paramref name="offset"/>: found by walking forward a few lines from the line of the
    /// last offset located (an import locates its elements mostly in document order, a paragraph or two apart), else by a
    /// binary search.
    /// </summary>
    private int LineIndexOf(int offset)
    {
        var starts = _lineStarts;
        var count = _lineCount;
        var hint = _lastLine; // read once: a stale guess from another thread is only a guess, checked below
        if (hint < count && starts[hint] <= offset)
        {
            for (var guess = hint; guess < count && guess <= hint + ForwardWalk; guess++)
            {
                if (guess + 1 == count || offset < starts[guess + 1])
                {
                    _lastLine = guess;
                    return guess;
                }
            }
        }

        // The last line starting at or before the offset (line 0 starts at 0): a binary search over the ints in place.
        int low = 0, high = count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        _lastLine = low;
        return low;
    }

    /// <summary>How many lines past the last one located are tried before a binary search (paragraphs are separated by
    /// blank lines, so the next element is often two or three lines on).</summary>
    private const int ForwardWalk = 4;

    public SourceLocation? Locate(SourceSpan span, int index = 0) =>
        !span.HasPosition ? null : Locate(span.OffsetAt(index));
}
