using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Paragraphs written as one text, a line each: non-empty paragraphs separated by line breaks (as
/// <see cref="SourceSpan.Join"/> writes them), then closing paragraphs each on a line of its own. The text is
/// assembled in the <see cref="ScratchBuffer"/> from the paragraphs' characters read in place, and copied once; a text
/// of one paragraph is that paragraph's own string.
/// </summary>
internal static class LineText
{
    /// <summary>The non-empty paragraphs of <paramref name="first"/> then of <paramref name="second"/>, one a line, then
    /// each closing paragraph after a line break (an empty one too), as one string.</summary>
    public static string Join(IReadOnlyList<SourceSpan> first, IReadOnlyList<SourceSpan> second, IReadOnlyList<SourceSpan>? closing)
    {
        var lines = 0;
        var length = 0;
        SourceSpan? only = null;
        Measure(first, ref lines, ref length, ref only);
        Measure(second, ref lines, ref length, ref only);
        var closingLength = ClosingLength(closing);
        if (closingLength == 0 && lines <= 1)
        {
            return only?.Text ?? string.Empty;
        }

        var buffer = ScratchBuffer.Take(length + closingLength);
        var at = AppendLines(buffer, 0, first);
        at = AppendLines(buffer, at, second);
        return Finish(buffer, AppendClosing(buffer, at, closing));
    }

    /// <summary><paramref name="text"/>, then each closing paragraph after a line break (an empty one too), as one string.</summary>
    public static string Join(string text, IReadOnlyList<SourceSpan> closing)
    {
        var closingLength = ClosingLength(closing);
        if (closingLength == 0)
        {
            return text;
        }

        var buffer = ScratchBuffer.Take(text.Length + closingLength);
        var at = ScratchBuffer.Append(buffer, 0, text);
        return Finish(buffer, AppendClosing(buffer, at, closing));
    }

    /// <summary>Counts the non-empty paragraphs and their length with a line break before each but the first line.</summary>
    private static void Measure(IReadOnlyList<SourceSpan> paragraphs, ref int lines, ref int length, ref SourceSpan? only)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length > 0)
            {
                length += paragraph.Length + (lines > 0 ? 1 : 0);
                lines++;
                only = paragraph;
            }
        }
    }

    /// <summary>The closing paragraphs' length, a line break before each.</summary>
    private static int ClosingLength(IReadOnlyList<SourceSpan>? closing)
    {
        var length = 0;
        for (var i = 0; closing is not null && i < closing.Count; i++)
        {
            length += 1 + closing[i].Length;
        }

        return length;
    }

    /// <summary>Copies the non-empty paragraphs, a line break between lines (and before the first when text precedes).</summary>
    private static int AppendLines(char[] buffer, int at, IReadOnlyList<SourceSpan> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length > 0)
            {
                if (at > 0)
                {
                    buffer[at++] = '\n';
                }

                at = ScratchBuffer.Append(buffer, at, paragraph.AsSpan());
            }
        }

        return at;
    }

    /// <summary>Copies each closing paragraph after a line break.</summary>
    private static int AppendClosing(char[] buffer, int at, IReadOnlyList<SourceSpan>? closing)
    {
        for (var i = 0; closing is not null && i < closing.Count; i++)
        {
            buffer[at++] = '\n';
            at = ScratchBuffer.Append(buffer, at, closing[i].AsSpan());
        }

        return at;
    }

    /// <summary>The buffer's first <paramref name="length"/> characters as a string; the buffer is given back.</summary>
    private static string Finish(char[] buffer, int length)
    {
        var text = new string(buffer, 0, length);
        ScratchBuffer.Give(buffer);
        return text;
    }
}
