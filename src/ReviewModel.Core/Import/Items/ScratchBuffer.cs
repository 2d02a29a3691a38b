using System;

namespace ReviewModel.Import;

/// <summary>
/// A character buffer the thread reuses to assemble text that is only scanned (a measure's whole text for its
/// owner and deadline, a preparation section's for its counts), so that scanning it copies no string. Take it,
/// fill it, read it, give it back; a buffer taken and not given back is simply not reused.
/// </summary>
internal static class ScratchBuffer
{
    /// <summary>A buffer longer than this (characters) is not kept for the next use.</summary>
    private const int MaxKeptLength = 1 << 16;

    /// <summary>The smallest buffer made, so that short texts do not grow it step by step.</summary>
    private const int MinLength = 1 << 10;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>A buffer of at least <paramref name="length"/> characters, not shared until given back.</summary>
    public static char[] Take(int length)
    {
        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, MinLength)];
        t_buffer = null;
        return buffer;
    }

    /// <summary>Keeps <paramref name="buffer"/> for the next <see cref="Take"/> (unless it is very long).</summary>
    public static void Give(char[] buffer)
    {
        if (buffer.Length <= MaxKeptLength)
        {
            t_buffer = buffer;
        }
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="buffer"/> at <paramref name="at"/>; returns the index after it.</summary>
    public static int Append(char[] buffer, int at, string text)
    {
        text.CopyTo(0, buffer, at, text.Length);
        return at + text.Length;
    }

    /// <summary>Copies <paramref name="text"/> (characters read in place, such as a paragraph's) into <paramref name="buffer"/>
    /// at <paramref name="at"/>; returns the index after it.</summary>
    public static int Append(char[] buffer, int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(buffer.AsSpan(at));
        return at + text.Length;
    }
}
