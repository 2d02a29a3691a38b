namespace ReviewModel.Model;

/// <summary>How second-level headings are numbered: <c>（一）</c> or <c>(一)</c>.</summary>
public enum HeadingNumberStyle
{
    /// <summary>Full-width parentheses, <c>（一）</c> — the official form.</summary>
    FullWidth = 0,

    /// <summary>Half-width parentheses, <c>(一)</c>, as some materials write them.</summary>
    HalfWidth = 1,
}
