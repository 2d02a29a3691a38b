using System.Runtime.CompilerServices;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>Character classes the importer needs.</summary>
internal static class Chars
{
    /// <summary>A space of any width, a line break, or an invisible character pasted text carries (BOM, zero-width space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' '
        ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' // \t \n \v \f \r
        : c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';

    public static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF';

    public static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    public static bool IsDigit(char c) => ChineseNumerals.IsDigit(c);

    public static int DigitValue(char c) => ChineseNumerals.DigitValue(c);

    /// <summary>The characters of <see cref="IsSentenceEnd"/> and the colons (： and :), for one search for the first of them.</summary>
    public const string SentenceEndsAndColons = "。！？；!?;．：:";

    /// <summary>Punctuation that ends a sentence or clause list: 。！？；and their half-width forms.</summary>
    /// <remarks>Called for most characters of a text: an ideograph (most of them) or a letter or digit is turned away by
    /// one range test before the list is compared.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => !IsIdeographOrAsciiLetterOrDigit(c) && (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '．');

    /// <summary>What a line ends with when it ends a paragraph: a sentence end, a colon, or a closing quote/bracket after one.</summary>
    public static bool IsTerminal(char c) => IsSentenceEnd(c) || c == '：' || c == ':' || c == '…' || c == '”' || c == '"' || c == '’' || c == '）' || c == ')' || c == '】' || c == '」' || c == '』';

    /// <summary>What may stand before an inline item marker (一是): start, sentence or clause punctuation, a quote or a space.</summary>
    public static bool CanPrecedeMarker(char c) => IsSentenceEnd(c) || c == '：' || c == ':' || c == '，' || c == ',' || c == '、' || c == '”' || c == '"' || c == '）' || c == ')' || IsSpace(c) || c == '*';

    /// <summary>The value of a Chinese numeral digit (see <see cref="ChineseNumerals.NumeralValue(char)"/>), or -1.</summary>
    public static int NumeralValue(char c) => ChineseNumerals.NumeralValue(c);

    public static bool IsNumeral(char c) => ChineseNumerals.IsNumeral(c);

    public static bool IsOpenParen(char c) => c == '（' || c == '(';

    public static bool IsCloseParen(char c) => c == '）' || c == ')';

    public static bool IsCircled(char c) => c >= '①' && c <= '⑳';

    /// <summary>The first <paramref name="end"/> characters of <paramref name="text"/>, or all of it when <paramref name="end"/> is -1 (a heading read in place).</summary>
    public static System.ReadOnlySpan<char> Head(System.ReadOnlySpan<char> text, int end) => end < 0 ? text : text.Slice(0, end);

    /// <summary>A CJK ideograph (U+3400–U+9FFF) or an ASCII letter or digit: none is punctuation or space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIdeographOrAsciiLetterOrDigit(char c) => (uint)(c - '\u3400') <= '\u9FFF' - '\u3400' || (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
}
