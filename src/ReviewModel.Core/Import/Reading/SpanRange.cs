using System;

namespace ReviewModel.Import;

/// <summary>
/// Characters <see cref="Start"/>…<see cref="Start"/> + <see cref="Length"/> of a <see cref="SourceSpan"/>, named without
/// cutting a span for them: an item's text inside its paragraph (一是……二是……) is read in place, cut into the model's
/// strings and located through its paragraph, and a <see cref="SourceSpan"/> of its own is cut only when one is needed
/// (<see cref="Cut"/>). Everything here gives what the same call on <c>Span.Slice(Start, Length)</c> gives.
/// </summary>
internal readonly struct SpanRange
{
    public SpanRange(SourceSpan span, int start, int length)
    {
        if (start < 0 || length < 0 || start > span.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start} + {length}) is not inside the span of {span.Length} characters");
        }

        Span = span;
        Start = start;
        Length = length;
    }

    /// <summary>The span the characters are in.</summary>
    public SourceSpan Span { get; }

    /// <summary>Where the characters start in <see cref="Span"/>.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>The whole of <paramref name="span"/>.</summary>
    public static SpanRange Of(SourceSpan span) => new(span, 0, span.Length);

    /// <summary>The characters, read in place.</summary>
    public ReadOnlySpan<char> AsSpan() => Span.AsSpan().Slice(Start, Length);

    /// <summary>Characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> of the range as a string of their own.</summary>
    public string Substring(int start, int length)
    {
        if (start < 0 || length < 0 || start > Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start} + {length}) is not inside the range of {Length} characters");
        }

        return Span.Substring(Start + start, length);
    }

    /// <summary>The characters as a span of their own (<c>Span.Slice(Start, Length)</c>).</summary>
    public SourceSpan Cut() => Span.Slice(Start, Length);
}
