namespace ReviewModel.Import;

/// <summary>The numbering a paragraph starts with.</summary>
internal enum MarkerKind
{
    /// <summary>No numbering.</summary>
    None = 0,

    /// <summary><c>一、</c>: a section.</summary>
    Section = 1,

    /// <summary><c>（一）</c> or <c>(一)</c>: an aspect, cause or measure heading.</summary>
    Heading = 2,

    /// <summary><c>1.</c>, <c>1、</c>, <c>（1）</c>, <c>①</c>: a numbered item.</summary>
    Arabic = 3,

    /// <summary><c>一是</c>: an item.</summary>
    Item = 4,
}
