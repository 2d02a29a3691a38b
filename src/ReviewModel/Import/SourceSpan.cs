using System;
using System.Collections.Generic;
using System.Text;

namespace ReviewModel.Import;

/// <summary>
/// A run of text cut from the input, with the input offset of every character, so that text can be
/// trimmed, cut and joined (hard line breaks, Markdown markup removed) and still point into the file.
/// </summary>
internal sealed class SourceSpan
{
    public SourceSpan(string text, int[] offsets)
    {
        Text = text;
        Offsets = offsets;
    }

    public static SourceSpan Empty { get; } = new(string.Empty, Array.Empty<int>());

    public string Text { get; }

    public int[] Offsets { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>A span of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static SourceSpan FromSource(string source, int start, int length)
    {
        var offsets = new int[length];
        for (var i = 0; i < length; i++)
        {
            offsets[i] = start + i;
        }

        return new SourceSpan(source.Substring(start, length), offsets);
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
            return Empty;
        }

        var offsets = new int[length];
        Array.Copy(Offsets, start, offsets, 0, length);
        return new SourceSpan(Text.Substring(start, length), offsets);
    }

    /// <summary>The input offset of character <paramref name="index"/> (the end for an empty span).</summary>
    public int OffsetAt(int index)
    {
        if (Offsets.Length == 0)
        {
            return 0;
        }

        return index < Offsets.Length ? Offsets[Math.Max(0, index)] : Offsets[Offsets.Length - 1] + 1;
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
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var builder = new StringBuilder();
        var offsets = new List<int>();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
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
            offsets.AddRange(part.Offsets);
        }

        return new SourceSpan(builder.ToString(), offsets.ToArray());
    }

    public override string ToString() => Text;
}
