using System;
using NodaTime;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Page geometry, fonts and sizes of the DOCX output. The defaults follow GB/T 9704-2012
/// (党政机关公文格式): A4, margins top 37 mm / left 28 mm / bottom 35 mm / right 26 mm (a 156 × 225 mm
/// text block), 22 lines of 28 characters, title 2号 方正小标宋简体, body 3号 仿宋_GB2312,
/// <c>一、</c> headings 黑体, <c>（一）</c> headings 楷体_GB2312, digits and Latin text in Times New Roman,
/// page numbers 4号 宋体. Change any value with a <c>with</c> expression:
/// <c>DocxOptions.Default with { BodyFont = "仿宋" }</c>.
/// </summary>
public sealed record DocxOptions
{
    /// <summary>The GB/T 9704-2012 defaults.</summary>
    public static DocxOptions Default { get; } = new();

    /// <summary>Page width in millimetres (portrait); default 210 (A4).</summary>
    public double PageWidthMm { get; init; } = 210;

    /// <summary>Page height in millimetres (portrait); default 297 (A4).</summary>
    public double PageHeightMm { get; init; } = 297;

    /// <summary>Top margin (天头) in millimetres; default 37.</summary>
    public double MarginTopMm { get; init; } = 37;

    /// <summary>Bottom margin in millimetres; default 35 (297 − 37 − 225).</summary>
    public double MarginBottomMm { get; init; } = 35;

    /// <summary>Left (binding) margin (订口) in millimetres; default 28.</summary>
    public double MarginLeftMm { get; init; } = 28;

    /// <summary>Right margin in millimetres; default 26 (210 − 28 − 156).</summary>
    public double MarginRightMm { get; init; } = 26;

    /// <summary>Lines per page; the exact line spacing is the text block height divided by this. Default 22.</summary>
    public int LinesPerPage { get; init; } = 22;

    /// <summary>Characters per line of body text (document grid); default 28.</summary>
    public int CharactersPerLine { get; init; } = 28;

    /// <summary>Distance of the page number below the text block, in millimetres; default 7.</summary>
    public double PageNumberGapMm { get; init; } = 7;

    /// <summary>Title font (小标宋); default 方正小标宋简体.</summary>
    public string TitleFont { get; init; } = "方正小标宋简体";

    /// <summary>Title size in points; default 22 (2号).</summary>
    public double TitleSizePt { get; init; } = 22;

    /// <summary>Body font; default 仿宋_GB2312.</summary>
    public string BodyFont { get; init; } = "仿宋_GB2312";

    /// <summary>Size of body text, headings and the name/date lines in points; default 16 (3号).</summary>
    public double BodySizePt { get; init; } = 16;

    /// <summary>Font of <c>一、</c> headings; default 黑体.</summary>
    public string Heading1Font { get; init; } = "黑体";

    /// <summary>Font of <c>（一）</c> headings; default 楷体_GB2312.</summary>
    public string Heading2Font { get; init; } = "楷体_GB2312";

    /// <summary>Font of <c>1.</c> headings; default 仿宋_GB2312.</summary>
    public string Heading3Font { get; init; } = "仿宋_GB2312";

    /// <summary>Font of <c>（1）</c> headings; default 仿宋_GB2312.</summary>
    public string Heading4Font { get; init; } = "仿宋_GB2312";

    /// <summary>Font of the optional name/post and date lines under the title; default 楷体_GB2312.</summary>
    public string BylineFont { get; init; } = "楷体_GB2312";

    /// <summary>Font of digits and Latin text everywhere except page numbers; default Times New Roman.</summary>
    public string LatinFont { get; init; } = "Times New Roman";

    /// <summary>Page number font (半角宋体); default 宋体.</summary>
    public string PageNumberFont { get; init; } = "宋体";

    /// <summary>Page number size in points; default 14 (4号).</summary>
    public double PageNumberSizePt { get; init; } = 14;

    /// <summary>The dash on each side of the page number, separated from it by a space; default "—" (<c>— 1 —</c>, GB/T 9704 7.5).</summary>
    public string PageNumberDash { get; init; } = "—";

    /// <summary>Size of table text in the landscape 清单 tables, in points; default 12 (小四).</summary>
    public double TableSizePt { get; init; } = 12;

    /// <summary>
    /// Whether an individual's name line (post and name) is printed under the title; default true.
    /// Leadership-team materials never get one (the team is named in the title).
    /// </summary>
    public bool NameLine { get; init; } = true;

    /// <summary>Whether a date line (the meeting date, when known) is printed under the title; default true.</summary>
    public bool DateLine { get; init; } = true;

    /// <summary>
    /// Whether causes and measures, whose <c>（一）title</c> starts a body paragraph, are given an outline
    /// level so that the navigation pane lists them; default true.
    /// </summary>
    public bool OutlineRunInHeadings { get; init; } = true;

    /// <summary>
    /// The clock that dates the file (its core properties' created and modified time); default the system clock.
    /// With a fixed clock, the same document gives the same bytes.
    /// </summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Checks the values and says which one is wrong.</summary>
    /// <exception cref="ArgumentException">A value is out of range or a font name is blank.</exception>
    public void Validate()
    {
        Positive(PageWidthMm, nameof(PageWidthMm));
        Positive(PageHeightMm, nameof(PageHeightMm));
        NonNegative(MarginTopMm, nameof(MarginTopMm));
        NonNegative(MarginBottomMm, nameof(MarginBottomMm));
        NonNegative(MarginLeftMm, nameof(MarginLeftMm));
        NonNegative(MarginRightMm, nameof(MarginRightMm));
        NonNegative(PageNumberGapMm, nameof(PageNumberGapMm));
        Positive(TitleSizePt, nameof(TitleSizePt));
        Positive(BodySizePt, nameof(BodySizePt));
        Positive(PageNumberSizePt, nameof(PageNumberSizePt));
        Positive(TableSizePt, nameof(TableSizePt));
        if (LinesPerPage < 1)
        {
            throw new ArgumentException($"每页行数须至少为 1，实际为 {LinesPerPage} (LinesPerPage must be at least 1).", nameof(LinesPerPage));
        }

        if (CharactersPerLine < 1)
        {
            throw new ArgumentException($"每行字数须至少为 1，实际为 {CharactersPerLine} (CharactersPerLine must be at least 1).", nameof(CharactersPerLine));
        }

        if (MarginLeftMm + MarginRightMm >= PageWidthMm || MarginTopMm + MarginBottomMm >= PageHeightMm)
        {
            throw new ArgumentException("页边距超过了纸张大小 (the margins leave no room for text).", nameof(MarginLeftMm));
        }

        Font(TitleFont, nameof(TitleFont));
        Font(BodyFont, nameof(BodyFont));
        Font(Heading1Font, nameof(Heading1Font));
        Font(Heading2Font, nameof(Heading2Font));
        Font(Heading3Font, nameof(Heading3Font));
        Font(Heading4Font, nameof(Heading4Font));
        Font(BylineFont, nameof(BylineFont));
        Font(LatinFont, nameof(LatinFont));
        Font(PageNumberFont, nameof(PageNumberFont));
        if (Clock is null)
        {
            throw new ArgumentException("时钟不能为 null (Clock must not be null).", nameof(Clock));
        }

        if (PageNumberDash is null)
        {
            throw new ArgumentException("页码两侧的符号不能为 null (PageNumberDash must not be null; use \"\" for none).", nameof(PageNumberDash));
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"{name} 须为正数，实际为 {value} ({name} must be a positive number).", name);
        }
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"{name} 不能为负数，实际为 {value} ({name} must not be negative).", name);
        }
    }

    private static void Font(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} 字体名不能为空 ({name} must name a font).", name);
        }
    }
}
