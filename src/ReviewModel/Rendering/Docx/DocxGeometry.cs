using System;

namespace ReviewModel.Rendering.Docx;

/// <summary>Page geometry in twips (1/1440 inch) derived from <see cref="DocxOptions"/>.</summary>
internal sealed class DocxGeometry
{
    private const double TwipsPerMm = 1440 / 25.4;

    public DocxGeometry(DocxOptions options, bool landscape)
    {
        Landscape = landscape;
        var width = landscape ? options.PageHeightMm : options.PageWidthMm;
        var height = landscape ? options.PageWidthMm : options.PageHeightMm;

        // Landscape pages turn the portrait margins with the paper, a quarter turn clockwise: the binding edge
        // (portrait left) becomes the top, where the table's head is (GB/T 9704 10.2: 表头在订口一边), the
        // portrait top goes to the right, the portrait right to the bottom and the portrait bottom to the left.
        var top = landscape ? options.MarginLeftMm : options.MarginTopMm;
        var right = landscape ? options.MarginTopMm : options.MarginRightMm;
        var bottom = landscape ? options.MarginRightMm : options.MarginBottomMm;
        var left = landscape ? options.MarginBottomMm : options.MarginLeftMm;

        PageWidth = Twips(width);
        PageHeight = Twips(height);
        Top = Twips(top);
        Bottom = Twips(bottom);
        Left = Twips(left);
        Right = Twips(right);
        TextWidth = PageWidth - Left - Right;
        TextHeight = PageHeight - Top - Bottom;

        // Exact line spacing: the largest whole number of twips that still fits all the lines in the block.
        LinePitch = Math.Max(1, TextHeight / options.LinesPerPage);

        // Characters per line: 28 characters of 3号 (16 pt) are 448 pt, a little more than the 442 pt text
        // width, so body text is condensed by the largest whole 1/20 pt that fits them. (A Word character
        // grid, docGrid linesAndChars, would do the same in Word, but LibreOffice then gives each character
        // two grid cells and prints 14 characters a line.)
        var pitchTwentieths = TextWidth / (double)options.CharactersPerLine;
        // Landscape pages hold tables, not running text, so the body is neither condensed nor expanded there.
        CharacterSpacing = landscape ? 0 : (int)Math.Floor(pitchTwentieths - DocxGeometry.PointsToTwips(options.BodySizePt));

        // The dash line (the middle of the page-number line) sits PageNumberGapMm below the text block
        // (GB/T 9704 7.5: 一字线上距版心下边缘 7 mm). The footer distance is measured from the paper's bottom
        // edge to the bottom of the footer line, so it is the gap less half a line below the block.
        FooterLine = (int)Math.Round(options.PageNumberSizePt * 20 * 1.3);
        Footer = Math.Max(0, Bottom - Twips(options.PageNumberGapMm) - (FooterLine / 2));
        Header = Math.Max(0, Top / 2);
    }

    public bool Landscape { get; }

    public int PageWidth { get; }

    public int PageHeight { get; }

    public int Top { get; }

    public int Bottom { get; }

    public int Left { get; }

    public int Right { get; }

    public int TextWidth { get; }

    public int TextHeight { get; }

    public int LinePitch { get; }

    /// <summary>Character spacing of body text in 1/20 pt (negative: condensed).</summary>
    public int CharacterSpacing { get; }

    /// <summary>The height of the page-number line (single spacing of its font size), in twips.</summary>
    public int FooterLine { get; }

    /// <summary>From the paper's bottom edge to the bottom of the footer line, in twips.</summary>
    public int Footer { get; }

    public int Header { get; }

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMm);

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int PointsToTwips(double points) => (int)Math.Round(points * 20);
}
