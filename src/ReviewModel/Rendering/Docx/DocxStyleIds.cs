namespace ReviewModel.Rendering.Docx;

/// <summary>
/// The style IDs the DOCX output uses. Headings use Word's built-in heading styles, so the navigation
/// pane and tables of contents see the outline; the rest are named <c>Review…</c>.
/// </summary>
internal static class DocxStyleIds
{
    /// <summary>Body text (正文): 仿宋, first line indented two characters.</summary>
    public const string Normal = "Normal";

    /// <summary>The title (标题): 小标宋, centred.</summary>
    public const string Title = "Title";

    /// <summary>The name/post and date lines under the title: 楷体, centred.</summary>
    public const string Byline = "ReviewByline";

    /// <summary><c>一、</c> headings: 黑体, outline level 1.</summary>
    public const string Heading1 = "Heading1";

    /// <summary><c>（一）</c> headings on their own line: 楷体, outline level 2.</summary>
    public const string Heading2 = "Heading2";

    /// <summary><c>1.</c> headings: 仿宋, outline level 3.</summary>
    public const string Heading3 = "Heading3";

    /// <summary><c>（1）</c> headings: 仿宋, outline level 4.</summary>
    public const string Heading4 = "Heading4";

    /// <summary>
    /// A body paragraph that starts with a <c>（一）title</c> (causes, measures); outline level 2 unless
    /// <see cref="DocxOptions.OutlineRunInHeadings"/> is off.
    /// </summary>
    public const string RunInParagraph = "ReviewRunInParagraph";

    /// <summary>Character style of the <c>（一）title</c> at the start of a <see cref="RunInParagraph"/>: 楷体.</summary>
    public const string RunInHeading = "ReviewRunInHeading";

    /// <summary>Footer paragraphs (页脚).</summary>
    public const string Footer = "Footer";

    /// <summary>Page number on odd pages: 宋体 4号, right, one character in from the edge.</summary>
    public const string PageNumberOdd = "ReviewPageNumberOdd";

    /// <summary>Page number on even pages: 宋体 4号, left, one character in from the edge.</summary>
    public const string PageNumberEven = "ReviewPageNumberEven";

    /// <summary>Text in 清单 table cells.</summary>
    public const string TableText = "ReviewTableText";

    /// <summary>Header cells of 清单 tables: 黑体.</summary>
    public const string TableHeader = "ReviewTableHeader";

    /// <summary>The table style of 清单 tables (single borders).</summary>
    public const string TableGrid = "ReviewTableGrid";
}
