using System;

namespace ReviewModel.Text;

/// <summary>Ordinal searches in an <see cref="ITextSource"/>: what <see cref="string.IndexOf(string, int, System.StringComparison)"/>,
/// <see cref="string.LastIndexOf(string, int, int, System.StringComparison)"/> and
/// <see cref="string.CompareOrdinal(string, int, string, int, int)"/> do for a string. Linear.</summary>
internal static class TextSourceSearch
{
    /// <summary>Where <paramref name="value"/> first stands in the text, or -1 (an ordinal comparison).</summary>
    public static int IndexOf<T>(this T text, string value)
        where T : struct, ITextSource => text.IndexOf(value, 0);

    /// <summary>Where <paramref name="value"/> first stands at or after <paramref name="from"/>, or -1 (an ordinal comparison).</summary>
    public static int IndexOf<T>(this T text, string value, int from)
        where T : struct, ITextSource
    {
        if (from < 0 || from >= text.Length)
        {
            return -1;
        }

        var at = text.Span.Slice(from).IndexOf(value.AsSpan()); // a vectorised search of the characters in place
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether <paramref name="value"/> stands at <paramref name="at"/>, whole.</summary>
    public static bool StartsWithAt<T>(this T text, int at, string value)
        where T : struct, ITextSource
    {
        return at >= 0 && at + value.Length <= text.Length && text.Span.Slice(at, value.Length).SequenceEqual(value.AsSpan());
    }

    /// <summary>Where the last <paramref name="value"/> lying wholly in [<paramref name="from"/>, <paramref name="to"/>)
    /// starts, or -1: what <c>LastIndexOf(value, to - 1, to - from, StringComparison.Ordinal)</c> finds in a string.</summary>
    public static int LastIndexOf<T>(this T text, string value, int from, int to)
        where T : struct, ITextSource
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, text.Length);
        if (to - from < value.Length)
        {
            return -1;
        }

        var at = text.Span.Slice(from, to - from).LastIndexOf(value.AsSpan());
        return at < 0 ? -1 : from + at;
    }
}
