namespace ReviewModel.Model;

/// <summary>
/// How the second-level items of a section are numbered: <c>（一）</c> or <c>(一)</c> headings, or, where the
/// author numbered causes or measures as a list, the list's style (<c>1.</c>, <c>1、</c>, <c>（1）</c>, <c>一是</c>…).
/// Renderers write the numbers the same way, so a material rendered back reads as its author wrote it.
/// </summary>
public enum HeadingNumberStyle
{
    /// <summary>Full-width parentheses, <c>（一）</c> — the official form.</summary>
    FullWidth = 0,

    /// <summary>Half-width parentheses, <c>(一)</c>, as some materials write them.</summary>
    HalfWidth = 1,

    /// <summary><c>1.</c>, <c>2.</c></summary>
    ArabicDot = 2,

    /// <summary><c>1、</c>, <c>2、</c></summary>
    ArabicComma = 3,

    /// <summary><c>（1）</c>, <c>（2）</c></summary>
    ArabicParenthesised = 4,

    /// <summary><c>一是</c>, <c>二是</c></summary>
    ChineseOrdinal = 5,

    /// <summary><c>①</c>, <c>②</c></summary>
    Circled = 6,

    /// <summary><c>第一，</c>, <c>第二，</c></summary>
    Ordinal = 7,
}
