namespace ReviewModel.Rendering;

/// <summary>What a laid-out block is, so that each writer can mark it in its own way.</summary>
internal enum LayoutBlockKind
{
    /// <summary>The document title.</summary>
    Title,

    /// <summary>A line under the title: the individual's post and name, or the meeting date (asked for by the DOCX writer only).</summary>
    Byline,

    /// <summary>A top-level section heading, already numbered: <c>一、专题民主生活会准备情况</c>.</summary>
    SectionHeading,

    /// <summary>An aspect heading standing as its own paragraph, already numbered: <c>（一）在……方面。</c>.</summary>
    SubHeading,

    /// <summary>
    /// A body paragraph, which may open with a run-in heading (<see cref="LayoutBlock.Head"/>) such as the
    /// <c>（一）理论学习有待进一步深化。</c> of a cause or measure.
    /// </summary>
    Paragraph,
}
