namespace ReviewModel.Text;

/// <summary>
/// A fixed set of characters tested with one table look-up (a bit per UTF-16 code unit, 8 KB), for scanners
/// that skip over text until a character that may start something they read.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>The set of the characters of <paramref name="characters"/>.</summary>
    public CharSet(string characters)
    {
        foreach (var c in characters)
        {
            _bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    private CharSet()
    {
    }

    /// <summary>The set of the characters for which <paramref name="belongs"/> is true (tested once for each of the 65,536 code units).</summary>
    public static CharSet Where(System.Func<char, bool> belongs)
    {
        var set = new CharSet();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (belongs((char)c))
            {
                set._bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return set;
    }

    /// <summary>Whether <paramref name="c"/> is in the set.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => Contains(_bits, c);

    /// <summary>The set's bitmap (bit <c>c</c> set for each character <c>c</c> of the set), for loops that keep it in a local.</summary>
    internal ulong[] Bits => _bits;

    /// <summary>Whether bitmap <paramref name="bits"/> (a set's <see cref="Bits"/>) holds <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Contains(ulong[] bits, char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;
}
