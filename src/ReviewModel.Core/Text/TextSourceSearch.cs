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
        for (var i = text.IndexOf(value[0], from); i >= 0; i = text.IndexOf(value[0], i + 1))
        {
            if (text.StartsWithAt(i, value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="value"/> stands at <paramref name="at"/>, whole.</summary>
    public static bool StartsWithAt<T>(this T text, int at, string value)
        where T : struct, ITextSource
    {
        if (at < 0 || at + value.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < value.Length; k++)
        {
            if (text[at + k] != value[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the last <paramref name="value"/> lying wholly in [<paramref name="from"/>, <paramref name="to"/>)
    /// starts, or -1: what <c>LastIndexOf(value, to - 1, to - from, StringComparison.Ordinal)</c> finds in a string.</summary>
    public static int LastIndexOf<T>(this T text, string value, int from, int to)
        where T : struct, ITextSource
    {
        for (var at = to - value.Length; at >= from; at--)
        {
            if (text.StartsWithAt(at, value))
            {
                return at;
            }
        }

        return -1;
    }
}
