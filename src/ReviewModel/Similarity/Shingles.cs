using System;
using System.Collections.Generic;
using System.Globalization;

namespace ReviewModel.Similarity;

/// <summary>
/// Normalised Chinese text and its character n-gram shingles. Normalising keeps CJK ideographs, letters and digits
/// (full-width folded to half-width, letters lower-cased) and drops punctuation, quotes and white space, so that
/// “两个确立” and "两个确立" are the same text; <see cref="Map"/> leads back to the original offsets.
/// </summary>
internal sealed class Shingles
{
    private Shingles(string text, int[] map, ulong[] hashes)
    {
        Text = text;
        Map = map;
        Hashes = hashes;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>For each normalised character, its offset in the original text.</summary>
    public int[] Map { get; }

    /// <summary>The hash of the shingle starting at each normalised position (length: Text.Length - n + 1, or 0).</summary>
    public ulong[] Hashes { get; }

    public static Shingles Of(string original, int n)
    {
        var chars = new char[original.Length];
        var map = new int[original.Length];
        var length = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c >= '０' && c <= '９')
            {
                c = (char)(c - '０' + '0');
            }
            else if (c >= 'Ａ' && c <= 'Ｚ')
            {
                c = (char)(c - 'Ａ' + 'a');
            }
            else if (c >= 'ａ' && c <= 'ｚ')
            {
                c = (char)(c - 'ａ' + 'a');
            }
            else if (c < 128)
            {
                c = char.ToLowerInvariant(c);
            }

            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                chars[length] = c;
                map[length] = i;
                length++;
            }
        }

        var text = new string(chars, 0, length);
        Array.Resize(ref map, length);
        var count = Math.Max(0, length - n + 1);
        var hashes = new ulong[count];
        for (var p = 0; p < count; p++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < n; k++)
            {
                h = (h ^ text[p + k]) * 1099511628211UL;
            }

            hashes[p] = Mix(h);
        }

        return new Shingles(text, map, hashes);
    }

    public HashSet<ulong> Set() => new(Hashes);

    /// <summary>SplitMix64's finaliser: a strong 64-bit mix.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }

    public override string ToString() => Text.ToString(CultureInfo.InvariantCulture);
}
