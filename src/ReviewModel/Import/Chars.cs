namespace ReviewModel.Import;

/// <summary>Character classes the importer needs.</summary>
internal static class Chars
{
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == '\uFEFF' || c == '\u200B';

    public static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF';

    public static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    public static int DigitValue(char c) => c >= '０' && c <= '９' ? c - '０' : c - '0';

    /// <summary>Punctuation that ends a sentence or clause list: 。！？；and their half-width forms.</summary>
    public static bool IsSentenceEnd(char c) => c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '．';

    /// <summary>What a line ends with when it ends a paragraph: a sentence end, a colon, or a closing quote/bracket after one.</summary>
    public static bool IsTerminal(char c) => IsSentenceEnd(c) || c == '：' || c == ':' || c == '…' || c == '”' || c == '"' || c == '’' || c == '）' || c == ')' || c == '】' || c == '」' || c == '』';

    /// <summary>What may stand before an inline item marker (一是): start, sentence or clause punctuation, a quote or a space.</summary>
    public static bool CanPrecedeMarker(char c) => IsSentenceEnd(c) || c == '：' || c == ':' || c == '，' || c == ',' || c == '、' || c == '”' || c == '"' || c == '）' || c == ')' || IsSpace(c) || c == '*';

    /// <summary>The value of a Chinese numeral digit (一…九, 十 = 10, 〇/零 = 0), or -1.</summary>
    public static int NumeralValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        '十' or '拾' => 10,
        _ => -1,
    };

    public static bool IsNumeral(char c) => NumeralValue(c) >= 0;

    public static bool IsOpenParen(char c) => c == '（' || c == '(';

    public static bool IsCloseParen(char c) => c == '）' || c == ')';

    public static bool IsCircled(char c) => c >= '①' && c <= '⑳';
}
