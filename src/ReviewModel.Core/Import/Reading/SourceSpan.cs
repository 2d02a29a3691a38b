using System;
using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Import;

/// <summary>
/// A run of text cut from the input that knows where each character came from, so that text can be
/// trimmed, cut and joined (hard line breaks, Markdown markup removed) and still point into the file.
/// </summary>
/// <remarks>
/// A span is a window on a backing string (the input, or the string a join built) and is spelled out
/// as its own string only when <see cref="Text"/> is asked for, so that cutting and trimming copy nothing.
/// Positions: a contiguous run stores only its start; a joined one stores a piecewise map, one segment
/// per joined part (a part's characters run on from its start offset; an inserted separator keeps one
/// offset), so that a join costs a few integers per part rather than one per character.
/// </remarks>
internal sealed class SourceSpan
{
    private readonly string _backing;
    private readonly int _from;
    private readonly int _length;
    private string? _text;

    /// <summary>The input offset of the first character of a contiguous span, or -1 (no position, or a segmented span).</summary>
    private readonly int _start;

    /// <summary>A segmented span's segments: where each starts in the span (ascending, the first at 0).</summary>
    private readonly int[]? _segmentAt;

    /// <summary>A segmented span's segments: the input offset of each segment's first character; a fixed (inserted) segment is stored as <c>~offset</c>.</summary>
    private readonly int[]? _segmentOffset;

    private SourceSpan(string backing, int from, int length, int start, int[]? segmentAt, int[]? segmentOffset)
    {
        _backing = backing;
        _from = from;
        _length = length;
        _start = start;
        _segmentAt = segmentAt;
        _segmentOffset = segmentOffset;
    }

    /// <summary>The empty span, which has no position.</summary>
    public static SourceSpan Empty { get; } = new(string.Empty, 0, 0, -1, null, null);

    public string Text => _text ??= _from == 0 && _length == _backing.Length ? _backing : _backing.Substring(_from, _length);

    public int Length => _length;

    /// <summary>Whether the span knows where it is in the input.</summary>
    public bool HasPosition => _start >= 0 || _segmentAt is not null;

    public char this[int index] => _backing[_from + index];

    /// <summary>A span of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static SourceSpan FromSource(string source, int start, int length) => new(source, start, length, start, null, null);

    /// <summary>A span of text that is not in the input (an inserted separator), placed at <paramref name="offset"/>.</summary>
    public static SourceSpan Inserted(string text, int offset) =>
        text.Length == 0 ? new SourceSpan(string.Empty, 0, 0, -1, null, null) : new(text, 0, text.Length, -1, new[] { 0 }, new[] { ~offset });

    public SourceSpan Slice(int start) => Slice(start, Length - start);

    public SourceSpan Slice(int start, int length)
    {
        if (start <= 0 && length >= Length)
        {
            return this;
        }

        if (length <= 0)
        {
            return new SourceSpan(string.Empty, 0, 0, OffsetAt(start), null, null);
        }

        if (_segmentAt is null)
        {
            return new SourceSpan(_backing, _from + start, length, _start < 0 ? -1 : _start + start, null, null);
        }

        // The segments that overlap [start, start + length), re-based on the slice.
        var first = SegmentOf(start);
        var last = SegmentOf(start + length - 1);
        var at = new int[last - first + 1];
        var offsets = new int[at.Length];
        for (var k = 0; k < at.Length; k++)
        {
            var segment = first + k;
            var segmentStart = _segmentAt[segment];
            var offset = _segmentOffset![segment];
            if (segmentStart < start)
            {
                if (offset >= 0)
                {
                    offset += start - segmentStart;
                }

                segmentStart = start;
            }

            at[k] = segmentStart - start;
            offsets[k] = offset;
        }

        return new SourceSpan(_backing, _from + start, length, -1, at, offsets);
    }

    /// <summary>The input offset of character <paramref name="index"/> (just after the end for <see cref="Length"/>).</summary>
    public int OffsetAt(int index)
    {
        if (_segmentAt is null)
        {
            return Math.Max(0, _start) + Math.Max(0, index);
        }

        if (_length == 0)
        {
            return 0;
        }

        if (index >= _length)
        {
            return OffsetAt(_length - 1) + 1;
        }

        index = Math.Max(0, index);
        var segment = SegmentOf(index);
        var offset = _segmentOffset![segment];
        return offset < 0 ? ~offset : offset + (index - _segmentAt[segment]);
    }

    public SourceSpan Trim()
    {
        var start = 0;
        var end = Length;
        while (start < end && Chars.IsSpace(this[start]))
        {
            start++;
        }

        while (end > start && Chars.IsSpace(this[end - 1]))
        {
            end--;
        }

        return Slice(start, end - start);
    }

    public SourceSpan TrimStart()
    {
        var start = 0;
        while (start < Length && Chars.IsSpace(this[start]))
        {
            start++;
        }

        return Slice(start);
    }

    /// <summary>The index of the first <paramref name="c"/> at or after <paramref name="from"/>, or -1; reads the backing string in place.</summary>
    public int IndexOf(char c, int from = 0)
    {
        if (from >= _length)
        {
            return -1;
        }

        var at = _backing.IndexOf(c, _from + Math.Max(0, from), _length - Math.Max(0, from));
        return at < 0 ? -1 : at - _from;
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
            builder.Append(part._backing, part._from, part._length);
            if (part._segmentAt is null)
            {
                AddSegment(at, offsets, from, Math.Max(0, part._start));
            }
            else
            {
                for (var k = 0; k < part._segmentAt.Length; k++)
                {
                    AddSegment(at, offsets, from + part._segmentAt[k], part._segmentOffset![k]);
                }
            }
        }

        return new SourceSpan(builder.ToString(), 0, builder.Length, -1, at.ToArray(), offsets.ToArray());
    }

    public override string ToString() => Text;

    /// <summary>The segment holding character <paramref name="index"/> (a binary search over the segments' starts).</summary>
    private int SegmentOf(int index)
    {
        var found = Array.BinarySearch(_segmentAt!, index);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
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
