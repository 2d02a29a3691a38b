namespace ReviewModel.Text.Typography;

/// <summary>What is wrong with a character of Chinese text, by GB/T 15834-2011 (标点符号用法).</summary>
internal enum TypographyIssueKind
{
    /// <summary>A half-width <c>, ; : ( )</c> touching Chinese text, where the full-width mark belongs.</summary>
    HalfWidthPunctuation,

    /// <summary>An ASCII double quote <c>"</c> touching Chinese text, where “ or ” belongs.</summary>
    AsciiQuote,

    /// <summary>A space between two Chinese characters.</summary>
    SpaceBetweenChinese,
}
