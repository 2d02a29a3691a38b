using System;
using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Import;

/// <summary>
/// A run of text cut from the input that knows where each character came from, so that text can be
/// trimmed, cut and joined (hard line breaks, Markdown markup removed) and still point into the file.
/// </summary>
/// <remarks>
/// <para>Characters: a span is a view of a string — the input itself for a span cut from it, a joined span's own
/// text — so that trimming and cutting allocate no text; <see cref="Text"/> makes the string only when a stage
/// asks for it (once, then kept). Stages that only look at characters read them in place (<see cref="AsSpan"/>,
/// the indexer).</para>
/// <para>Positions: a contiguous run stores only its start; a joined one stores a piecewise map, one segment
/// per joined part (a part's characters run on from its start offset; an inserted separator keeps one
/// offset), so that a join costs a few integers per part rather than one per character.</para>
/// </remarks>
internal sealed class SourceSpan
{
    /// <summary>The string holding the span's characters: the input, or the text a join or an insertion made.</summary>
    private readonly string _buffer;

    /// <summary>Where the span's characters start in <see cref="_buffer"/>.</summary>
    private readonly int _from;

    /// <summary>The input offset of the first character of a contiguous span, or -1 (no position, or a segmented span).</summary>
    private readonly int _start;

    /// <summary>
    /// A segmented span's segments, two integers each: where the segment starts in the span (ascending, the
    /// first at 0), and the input offset of its first character; a fixed (inserted) segment's offset is stored as <c>~offset</c>.
    /// </summary>
    private readonly int[]? _segments;

    /// <summary>The span's characters as a string of their own, once <see cref="Text"/> has been asked for.</summary>
    private string? _text;

    private SourceSpan(string buffer, int from, int length, int start, int[]? segments)
    {
        _buffer = buffer;
        _from = from;
        Length = length;
        _start = start;
        _segments = segments;
    }

    /// <summary>The empty span, which has no position.</summary>
    public static SourceSpan Empty { get; } = new(string.Empty, 0, 0, -1, null);

    /// <summary>The span's characters as a string (made on first use, then kept).</summary>
    public string Text => _text ??= _from == 0 && Length == _buffer.Length ? _buffer : _buffer.Substring(_from, Length);

    public int Length { get; }

    /// <summary>Whether the span knows where it is in the input.</summary>
    public bool HasPosition => _start >= 0 || _segments is not null;

    /// <summary>Whether the span is one run of the input, character for character (no markup left out, no lines joined).</summary>
    public bool IsOneRun => _segments is null;

    public char this[int index] => (uint)index < (uint)Length ? _buffer[_from + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The span's characters, read in place.</summary>
    public ReadOnlySpan<char> AsSpan() => _buffer.AsSpan(_from, Length);

    /// <summary>
    /// Characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> of the span as a string of
    /// their own, cut straight from the characters the span views: what <c>Text.Substring(start, length)</c> gives, without
    /// making <see cref="Text"/> when it was not made yet (the whole span gives <see cref="Text"/> itself).
    /// </summary>
    public string Substring(int start, int length)
    {
        if (start < 0 || length < 0 || start > Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start} + {length}) is not inside the span of {Length} characters");
        }

        if (length == Length)
        {
            return Text;
        }

        return length == 0 ? string.Empty : _buffer.Substring(_from + start, length);
    }

    /// <summary>A span of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static SourceSpan FromSource(string source, int start, int length)
    {
        if (length == 0)
        {
            return new(string.Empty, 0, 0, start, null);
        }

        if (start < 0 || length < 0 || start > source.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start} + {length}) is not inside the text of {source.Length} characters");
        }

        return new(source, start, length, start, null);
    }

    /// <summary>A span of text that is not in the input (an inserted separator), placed at <paramref name="offset"/>.</summary>
    public static SourceSpan Inserted(string text, int offset) =>
        text.Length == 0 ? new SourceSpan(string.Empty, 0, 0, -1, null) : new(text, 0, text.Length, -1, new[] { 0, ~offset });

    public SourceSpan Slice(int start) => Slice(start, Length - start);

    public SourceSpan Slice(int start, int length)
    {
        if (start <= 0 && length >= Length)
        {
            return this;
        }

        if (length <= 0)
        {
            return new SourceSpan(string.Empty, 0, 0, OffsetAt(start), null);
        }

        if (start < 0 || start > Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start} + {length}) is not inside the span of {Length} characters");
        }

        if (_segments is null)
        {
            return new SourceSpan(_buffer, _from + start, length, _start < 0 ? -1 : _start + start, null);
        }

        // The segments that overlap [start, start + length), re-based on the slice.
        var first = SegmentOf(start);
        var last = SegmentOf(start + length - 1);
        var segments = new int[(last - first + 1) * 2];
        for (var k = 0; k * 2 < segments.Length; k++)
        {
            var segment = first + k;
            var segmentStart = _segments[segment * 2];
            var offset = _segments[(segment * 2) + 1];
            if (segmentStart < start)
            {
                if (offset >= 0)
                {
                    offset += start - segmentStart;
                }

                segmentStart = start;
            }

            segments[k * 2] = segmentStart - start;
            segments[(k * 2) + 1] = offset;
        }

        return new SourceSpan(_buffer, _from + start, length, -1, segments);
    }

    /// <summary>The input offset of character <paramref name="index"/> (just after the end for <see cref="Length"/>).</summary>
    public int OffsetAt(int index)
    {
        if (_segments is null)
        {
            return Math.Max(0, _start) + Math.Max(0, index);
        }

        if (Length == 0)
        {
            return 0;
        }

        if (index >= Length)
        {
            return OffsetAt(Length - 1) + 1;
        }

        index = Math.Max(0, index);
        var segment = SegmentOf(index);
        var offset = _segments[(segment * 2) + 1];
        return offset < 0 ? ~offset : offset + (index - _segments[segment * 2]);
    }

    public SourceSpan Trim()
    {
        var (start, end) = TrimmedBounds(0, Length);
        return Slice(start, end - start);
    }

    /// <summary>Whether characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> are all
    /// spaces (or there are none): whether <c>Slice(start, length).Trim()</c> would be empty, asked without cutting it.</summary>
    public bool IsBlank(int start, int length)
    {
        var (from, end) = TrimmedBounds(Math.Max(0, start), Math.Min(Length, start + length));
        return end <= from;
    }

    /// <summary>
    /// The span cut at <paramref name="end"/> into a head and the trimmed rest (<see cref="RestAfter"/>), or the whole span
    /// and <see cref="Empty"/> when <paramref name="end"/> is -1: a heading split from the text after it in its paragraph.
    /// </summary>
    public (SourceSpan Head, SourceSpan Remainder) SplitAt(int end) => end < 0 ? (this, Empty) : (Slice(0, end), RestAfter(end));

    /// <summary>The text after <paramref name="start"/>, trimmed (<c>Slice(start).Trim()</c>), or <see cref="Empty"/> when
    /// nothing but spaces follows: for the rest of a paragraph after a heading, which is used only when there is some, so
    /// that no span is cut for nothing.</summary>
    public SourceSpan RestAfter(int start) => IsBlank(start, Length - start) ? Empty : Slice(start).Trim();

    /// <summary>Characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> without the spaces at
    /// either end, as a range of this span: what <c>Slice(start, length).Trim()</c> holds, named without cutting it. The
    /// characters must not all be spaces (<see cref="IsBlank"/>): an empty cut keeps a position a range does not.</summary>
    public SpanRange TrimmedRange(int start, int length)
    {
        var (from, end) = TrimmedBounds(start, start + length);
        if (end == from)
        {
            throw new ArgumentException($"[{start}, {start} + {length}) holds only spaces", nameof(length));
        }

        return new SpanRange(this, from, end - from);
    }

    /// <summary>Characters <paramref name="start"/>…<paramref name="end"/> without the spaces at either end (empty when all are spaces).</summary>
    private (int Start, int End) TrimmedBounds(int start, int end)
    {
        while (start < end && Chars.IsSpace(_buffer[_from + start]))
        {
            start++;
        }

        while (end > start && Chars.IsSpace(_buffer[_from + end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    public SourceSpan TrimStart()
    {
        var start = 0;
        while (start < Length && Chars.IsSpace(_buffer[_from + start]))
        {
            start++;
        }

        return Slice(start);
    }

    /// <summary>Joins spans with <paramref name="separator"/> (which takes the offset of the character before it).</summary>
    public static SourceSpan Join(IReadOnlyList<SourceSpan> parts, string separator)
    {
        var nonEmpty = 0;
        var length = 0;
        SourceSpan? single = null;
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                nonEmpty++;
                length += part.Length;
                single = part;
            }
        }

        if (nonEmpty <= 1)
        {
            return single ?? (parts.Count > 0 ? parts[0] : Empty);
        }

        var builder = new StringBuilder(length + ((nonEmpty - 1) * separator.Length));
        var at = new List<int>(nonEmpty * 2);
        var offsets = new List<int>(nonEmpty * 2);
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && separator.Length > 0)
            {
                AddSegment(at, offsets, builder.Length, ~OffsetBefore(at, offsets, builder.Length));
                builder.Append(separator);
            }

            var from = builder.Length;
            builder.Append(part._buffer, part._from, part.Length);
            if (part._segments is null)
            {
                AddSegment(at, offsets, from, Math.Max(0, part._start));
            }
            else
            {
                for (var k = 0; k < part._segments.Length; k += 2)
                {
                    AddSegment(at, offsets, from + part._segments[k], part._segments[k + 1]);
                }
            }
        }

        var segments = new int[at.Count * 2];
        for (var k = 0; k < at.Count; k++)
        {
            segments[k * 2] = at[k];
            segments[(k * 2) + 1] = offsets[k];
        }

        var text = builder.ToString();
        return new SourceSpan(text, 0, text.Length, -1, segments);
    }

    public override string ToString() => Text;

    /// <summary>The segment holding character <paramref name="index"/> (a binary search over the segments' starts).</summary>
    private int SegmentOf(int index)
    {
        var segments = _segments!;
        int low = 0, high = (segments.Length / 2) - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (segments[middle * 2] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The input offset of the character just before <paramref name="end"/> in a map being built.</summary>
    private static int OffsetBefore(List<int> at, List<int> offsets, int end)
    {
        var last = offsets[offsets.Count - 1];
        return last < 0 ? ~last : last + (end - 1 - at[at.Count - 1]);
    }

    /// <summary>Adds a segment, or nothing when it only runs on from the one before (same kind, next offset).</summary>
    private static void AddSegment(List<int> at, List<int> offsets, int start, int offset)
    {
        if (at.Count > 0)
        {
            var previous = offsets[offsets.Count - 1];
            var previousAt = at[at.Count - 1];
            if (previousAt == start)
            {
                offsets[offsets.Count - 1] = offset; // the previous segment was empty
                return;
            }

            if ((previous < 0 && offset == previous) || (previous >= 0 && offset >= 0 && offset == previous + (start - previousAt)))
            {
                return;
            }
        }

        at.Add(start);
        offsets.Add(offset);
    }
}
