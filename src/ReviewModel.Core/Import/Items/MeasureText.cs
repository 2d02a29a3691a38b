using System;
using System.Collections.Generic;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// A measure's whole text — its title, body, then each item's lead and body, run together — where
/// <see cref="AccountabilityParser"/> looks for its owner, unit, deadline and standard. The text is assembled in a
/// buffer the thread reuses from one measure to the next, so that reading it copies no string.
/// </summary>
internal static class MeasureText
{
    /// <summary>A buffer longer than this (characters) is not kept for the next measure.</summary>
    private const int MaxKeptLength = 1 << 16;

    /// <summary>The smallest buffer made, so that short measures do not grow it step by step.</summary>
    private const int MinLength = 1 << 10;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>Reads owner, unit, deadline and standard from the measure's whole text.</summary>
    public static Accountability Parse(string title, string body, List<NumberedItem> items, int? contextYear)
    {
        var length = title.Length + body.Length;
        foreach (var item in items)
        {
            length += item.Lead.Length + item.Body.Length;
        }

        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, MinLength)];
        t_buffer = null; // not shared while in use
        var at = Append(buffer, 0, title);
        at = Append(buffer, at, body);
        foreach (var item in items)
        {
            at = Append(buffer, at, item.Lead);
            at = Append(buffer, at, item.Body);
        }

        var accountability = AccountabilityParser.Parse(new BufferText(buffer, length), contextYear);
        if (buffer.Length <= MaxKeptLength)
        {
            t_buffer = buffer;
        }

        return accountability;
    }

    private static int Append(char[] buffer, int at, string text)
    {
        text.CopyTo(0, buffer, at, text.Length);
        return at + text.Length;
    }
}
