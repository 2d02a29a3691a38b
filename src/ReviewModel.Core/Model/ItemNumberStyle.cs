namespace ReviewModel.Model;

/// <summary>How the author numbered a list of items (problems, steps, a measure's sub-items); renderers write the items the same way.</summary>
public enum ItemNumberStyle
{
    /// <summary><c>一是</c>, <c>二是</c> (the genre's default).</summary>
    ChineseOrdinal = 0,

    /// <summary><c>1.</c>, <c>2.</c></summary>
    ArabicDot = 1,

    /// <summary><c>1、</c>, <c>2、</c></summary>
    ArabicComma = 2,

    /// <summary><c>（1）</c>, <c>（2）</c></summary>
    ArabicParenthesised = 3,

    /// <summary><c>①</c>, <c>②</c></summary>
    Circled = 4,

    /// <summary><c>第一，</c>, <c>第二，</c></summary>
    Ordinal = 5,
}
