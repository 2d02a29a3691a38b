namespace ReviewModel.Rendering;

/// <summary>What a laid-out block is, so that each writer can mark it in its own way.</summary>
internal enum LayoutBlockKind
{
    /// <summary>The document title.</summary>
    Title,

    /// <summary>A top-level section heading, already numbered: <c>一、专题民主生活会准备情况</c>.</summary>
    SectionHeading,

    /// <summary>An aspect heading standing as its own paragraph, already numbered: <c>（一）在……方面。</c>.</summary>
    SubHeading,

    /// <summary>A body paragraph (which may open with a run-in heading such as <c>（一）理论学习…。</c>).</summary>
    Paragraph,
}
