using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Builds the style part: document defaults (body font, Times New Roman for Latin text and digits,
/// exact line spacing), the heading styles with their outline levels, and the 清单 table styles. All
/// formatting lives here, so paragraphs and runs carry only a style reference.
/// </summary>
internal static class DocxStyles
{
    public static Styles Create(DocxOptions options, DocxGeometry geometry)
    {
        var bodySize = DocxGeometry.HalfPoints(options.BodySizePt);
        var line = Text(geometry.LinePitch);
        var indent = Text(DocxGeometry.PointsToTwips(options.BodySizePt * 2));

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(options.BodyFont, options.LatinFont),
                    new Kern { Val = 2U },
                    new FontSize { Val = bodySize },
                    new FontSizeComplexScript { Val = bodySize },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = line, LineRule = LineSpacingRuleValues.Exact }))));

        // 正文: justified, two-character first-line indent, widow and orphan control on (a two-line paragraph
        // is never split one and one; a page may then end a line early).
        styles.Append(ParagraphStyle(
            DocxStyleIds.Normal,
            "Normal",
            basedOn: null,
            isDefault: true,
            new StyleParagraphProperties(
                new WidowControl(),
                new SpacingBetweenLines { Before = "0", After = "0", Line = line, LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 200, FirstLine = indent },
                new Justification { Val = JustificationValues.Both }),
            new StyleRunProperties(
                Fonts(options.BodyFont, options.LatinFont),
                new Spacing { Val = geometry.CharacterSpacing },
                new FontSize { Val = bodySize },
                new FontSizeComplexScript { Val = bodySize })));

        styles.Append(ParagraphStyle(
            DocxStyleIds.Title,
            "Title",
            DocxStyleIds.Normal,
            isDefault: false,
            new StyleParagraphProperties(
                new KeepNext(),
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            HeadingRun(options.TitleFont, options.LatinFont, options.TitleSizePt)));

        styles.Append(ParagraphStyle(
            DocxStyleIds.Byline,
            "Review Byline",
            DocxStyleIds.Normal,
            isDefault: false,
            new StyleParagraphProperties(
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            HeadingRun(options.BylineFont, options.LatinFont, options.BodySizePt)));

        styles.Append(Heading(DocxStyleIds.Heading1, "heading 1", 0, options.Heading1Font, options));
        styles.Append(Heading(DocxStyleIds.Heading2, "heading 2", 1, options.Heading2Font, options));
        styles.Append(Heading(DocxStyleIds.Heading3, "heading 3", 2, options.Heading3Font, options));
        styles.Append(Heading(DocxStyleIds.Heading4, "heading 4", 3, options.Heading4Font, options));

        var runIn = options.OutlineRunInHeadings
            ? new StyleParagraphProperties(new OutlineLevel { Val = 1 })
            : new StyleParagraphProperties();
        styles.Append(ParagraphStyle(DocxStyleIds.RunInParagraph, "Review Run-in Heading Paragraph", DocxStyleIds.Normal, false, runIn, null));

        var runInHeading = new Style(
            new StyleName { Val = "Review Run-in Heading" },
            new UIPriority { Val = 10 },
            new PrimaryStyle(),
            HeadingRun(options.Heading2Font, options.LatinFont, options.BodySizePt))
        {
            Type = StyleValues.Character,
            StyleId = DocxStyleIds.RunInHeading,
        };
        styles.Append(runInHeading);

        var pageNumberSize = DocxGeometry.HalfPoints(options.PageNumberSizePt);
        var pageNumberIndent = Text(DocxGeometry.PointsToTwips(options.PageNumberSizePt));
        styles.Append(ParagraphStyle(
            DocxStyleIds.Footer,
            "footer",
            DocxStyleIds.Normal,
            isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLineChars = 0, FirstLine = "0" }),
            new StyleRunProperties(
                new RunFonts { Ascii = options.PageNumberFont, HighAnsi = options.PageNumberFont, EastAsia = options.PageNumberFont, ComplexScript = options.PageNumberFont },
                new FontSize { Val = pageNumberSize },
                new FontSizeComplexScript { Val = pageNumberSize })));
        styles.Append(ParagraphStyle(
            DocxStyleIds.PageNumberOdd,
            "Review Page Number Odd",
            DocxStyleIds.Footer,
            isDefault: false,
            new StyleParagraphProperties(
                new Indentation { Right = pageNumberIndent },
                new Justification { Val = JustificationValues.Right }),
            null));
        styles.Append(ParagraphStyle(
            DocxStyleIds.PageNumberEven,
            "Review Page Number Even",
            DocxStyleIds.Footer,
            isDefault: false,
            new StyleParagraphProperties(
                new Indentation { Left = pageNumberIndent },
                new Justification { Val = JustificationValues.Left }),
            null));

        var tableSize = DocxGeometry.HalfPoints(options.TableSizePt);
        styles.Append(ParagraphStyle(
            DocxStyleIds.TableText,
            "Review Table Text",
            DocxStyleIds.Normal,
            isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = tableSize }, new FontSizeComplexScript { Val = tableSize })));
        styles.Append(ParagraphStyle(
            DocxStyleIds.TableHeader,
            "Review Table Header",
            DocxStyleIds.TableText,
            isDefault: false,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(options.Heading1Font, options.LatinFont), new Bold { Val = false }, new BoldComplexScript { Val = false })));

        styles.Append(new Style(
            new StyleName { Val = "Review Table Grid" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = DocxStyleIds.TableGrid,
        });

        return styles;
    }

    private static Style Heading(string id, string name, int level, string font, DocxOptions options) =>
        ParagraphStyle(
            id,
            name,
            DocxStyleIds.Normal,
            isDefault: false,
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level }),
            HeadingRun(font, options.LatinFont, options.BodySizePt));

    private static StyleRunProperties HeadingRun(string font, string latin, double sizePt)
    {
        var size = DocxGeometry.HalfPoints(sizePt);
        return new StyleRunProperties(
            Fonts(font, latin),
            new Bold { Val = false },
            new BoldComplexScript { Val = false },
            new FontSize { Val = size },
            new FontSizeComplexScript { Val = size });
    }

    private static RunFonts Fonts(string eastAsia, string latin) => new()
    {
        Hint = FontTypeHintValues.EastAsia,
        Ascii = latin,
        HighAnsi = latin,
        EastAsia = eastAsia,
        ComplexScript = latin,
    };

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        bool isDefault,
        StyleParagraphProperties? paragraph,
        StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = DocxStyleIds.Normal });
        }

        style.Append(new UIPriority { Val = id == DocxStyleIds.Normal ? 0 : 9 });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
