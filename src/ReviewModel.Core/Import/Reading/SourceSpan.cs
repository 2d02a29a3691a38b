using System;
using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Import;

/// <summary>
/// A run of text cut from the input that knows where each character came from, so that text can be
/// trimmed, cut and joined (hard line breaks, Markdown markup removed) and still point into the file.
/// A contiguous run stores only its start; a joined one stores the input offset of every character.
/// </summary>
internal sealed class SourceSpan
{
    private readonly int _start;
    private readonly int[]? _map;

    private SourceSpan(string text, int start, int[]? map)
    {
        Text = text;
        _start = start;
        _map = map;
    }

    /// <summary>The empty span, which has no position.</summary>
    public static SourceSpan Empty { get; } = new(string.Empty, -1, null);

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Whether the span knows where it is in the input.</summary>
    public bool HasPosition => _start >= 0 || _map is { Length: > 0 };

    public char this[int index] => Text[index];

    /// <summary>A span of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static SourceSpan FromSource(string source, int start, int length) =>
        new(length == 0 ? string.Empty : source.Substring(start, length), start, null);

    /// <summary>A span of text that is not in the input (an inserted separator), placed at <paramref name="offset"/>.</summary>
    public static SourceSpan Inserted(string text, int offset)
    {
        var map = new int[text.Length];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = offset;
        }

        return new SourceSpan(text, -1, map);
    }

    public SourceSpan Slice(int start) => Slice(start, Length - start);

    public SourceSpan Slice(int start, int length)
    {
        if (start <= 0 && length >= Length)
        {
            return this;
        }

        if (length <= 0)
        {
            return new SourceSpan(string.Empty, OffsetAt(start), null);
        }

        var text = Text.Substring(start, length);
        if (_map is null)
        {
            return new SourceSpan(text, _start + start, null);
        }

        var map = new int[length];
        Array.Copy(_map, start, map, 0, length);
        return new SourceSpan(text, -1, map);
    }

    /// <summary>The input offset of character <paramref name="index"/> (just after the end for <see cref="Length"/>).</summary>
    public int OffsetAt(int index)
    {
        if (_map is null)
        {
            return Math.Max(0, _start) + Math.Max(0, index);
        }

        if (_map.Length == 0)
        {
            return 0;
        }

        return index < _map.Length ? _map[Math.Max(0, index)] : _map[_map.Length - 1] + 1;
    }

    public SourceSpan Trim()
    {
        var start = 0;
        var end = Length;
        while (start < end && Chars.IsSpace(Text[start]))
        {
            start++;
        }

        while (end > start && Chars.IsSpace(Text[end - 1]))
        {
            end--;
        }

        return Slice(start, end - start);
    }

    public SourceSpan TrimStart()
    {
        var start = 0;
        while (start < Length && Chars.IsSpace(Text[start]))
        {
            start++;
        }

        return Slice(start);
    }

    /// <summary>Joins spans with <paramref name="separator"/> (which takes the offset of the character before it).</summary>
    public static SourceSpan Join(IReadOnlyList<SourceSpan> parts, string separator)
    {
        var nonEmpty = 0;
        SourceSpan? single = null;
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                nonEmpty++;
                single = part;
            }
        }

        if (nonEmpty <= 1)
        {
            return single ?? (parts.Count > 0 ? parts[0] : Empty);
        }

        var builder = new StringBuilder();
        var offsets = new List<int>();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && separator.Length > 0)
            {
                var at = offsets[offsets.Count - 1];
                builder.Append(separator);
                for (var i = 0; i < separator.Length; i++)
                {
                    offsets.Add(at);
                }
            }

            builder.Append(part.Text);
            for (var i = 0; i < part.Length; i++)
            {
                offsets.Add(part.OffsetAt(i));
            }
        }

        return new SourceSpan(builder.ToString(), -1, offsets.ToArray());
    }

    public override string ToString() => Text;
}
