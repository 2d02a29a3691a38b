using System;
using System.IO;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Rendering.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a WordprocessingML package with the official page set-up: styles, settings (even/odd
/// footers), a font table with fallbacks, page-number footers, page size, margins and document grid.
/// The caller fills the body.
/// </summary>
internal static class DocxPackage
{
    public static void Write(Stream output, DocxOptions options, bool landscape, Action<Body, DocxGeometry> fill, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("输出流不可写 (the output stream is not writable).", nameof(output));
        }

        options.Validate();
        var geometry = new DocxGeometry(options, landscape);
        if (!output.CanSeek)
        {
            // The packaging layer needs to seek; build in memory, then copy.
            using var buffer = new MemoryStream();
            WritePackage(buffer, options, geometry, fill, cancellationToken);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        WritePackage(output, options, geometry, fill, cancellationToken);
    }

    /// <summary>Appends text to a run: line feeds become line breaks, tabs become tab characters, and
    /// characters XML cannot carry become U+FFFD so nothing is dropped silently.</summary>
    public static void AppendText(OpenXmlElement run, string text)
    {
        var segment = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n' || c == '\t')
            {
                Flush(run, segment);
                run.AppendChild<OpenXmlElement>(c == '\n' ? new Break() : new TabChar());
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                segment.Append(c).Append(text[++i]);
                continue;
            }

            segment.Append(IsXmlChar(c) ? c : '\uFFFD');
        }

        Flush(run, segment);
    }

    public static Paragraph Paragraph(string styleId, string text)
    {
        var run = new Run();
        AppendText(run, text);
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);
    }

    private static void Flush(OpenXmlElement run, StringBuilder segment)
    {
        if (segment.Length > 0)
        {
            run.AppendChild(new Text(segment.ToString()) { Space = SpaceProcessingModeValues.Preserve });
            segment.Clear();
        }
    }

    private static bool IsXmlChar(char c) =>
        c >= 0x20 ? !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' : c is '\t' or '\n' or '\r';

    private static void WritePackage(Stream output, DocxOptions options, DocxGeometry geometry, Action<Body, DocxGeometry> fill, CancellationToken cancellationToken)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        package.PackageProperties.Language = "zh-CN";
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(options, geometry);
        main.AddNewPart<DocumentSettingsPart>().Settings = CreateSettings();
        main.AddNewPart<FontTablePart>().Fonts = CreateFonts(options);

        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = PageNumberFooter(DocxStyleIds.PageNumberOdd, options);
        var even = main.AddNewPart<FooterPart>();
        even.Footer = PageNumberFooter(DocxStyleIds.PageNumberEven, options);

        var body = new Body();
        fill(body, geometry);
        cancellationToken.ThrowIfCancellationRequested();
        body.Append(CreateSection(geometry, main.GetIdOfPart(odd), main.GetIdOfPart(even)));
        main.Document = new Document(body);
    }

    private static SectionProperties CreateSection(DocxGeometry geometry, string oddFooterId, string evenFooterId)
    {
        var size = new PageSize { Width = (uint)geometry.PageWidth, Height = (uint)geometry.PageHeight };
        if (geometry.Landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
            size,
            new PageMargin
            {
                Top = geometry.Top,
                Right = (uint)geometry.Right,
                Bottom = geometry.Bottom,
                Left = (uint)geometry.Left,
                Header = (uint)geometry.Header,
                Footer = (uint)geometry.Footer,
                Gutter = 0U,
            },
            new Columns { Space = "425" },
            geometry.Landscape
                ? new DocGrid { Type = DocGridValues.Default, LinePitch = 312 } // tables: no line grid to snap to
                : new DocGrid { Type = DocGridValues.Lines, LinePitch = geometry.LinePitch });
    }

    private static Footer PageNumberFooter(string styleId, DocxOptions options)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        if (options.PageNumberDash.Length > 0)
        {
            paragraph.Append(new Run(new Text(options.PageNumberDash) { Space = SpaceProcessingModeValues.Preserve }));
        }

        paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        if (options.PageNumberDash.Length > 0)
        {
            paragraph.Append(new Run(new Text(options.PageNumberDash) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new Footer(paragraph);
    }

    private static Settings CreateSettings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    private static Fonts CreateFonts(DocxOptions options)
    {
        var fonts = new Fonts();
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { options.LatinFont, options.BodyFont, options.TitleFont, options.Heading1Font, options.Heading2Font, options.Heading3Font, options.Heading4Font, options.BylineFont, options.PageNumberFont })
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var font = new Font { Name = name };
            var alternative = Alternative(name);
            if (alternative is not null)
            {
                font.Append(new AltName { Val = alternative });
            }

            var chinese = name != options.LatinFont;
            font.Append(new FontCharSet { Val = chinese ? "86" : "00" });
            font.Append(new FontFamily { Val = chinese ? FontFamilyValues.Modern : FontFamilyValues.Roman });
            font.Append(new Pitch { Val = chinese ? FontPitchValues.Fixed : FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }

    /// <summary>The font Word falls back to when the official font is not installed.</summary>
    private static string? Alternative(string name) => name switch
    {
        "仿宋_GB2312" => "仿宋",
        "楷体_GB2312" => "楷体",
        "方正小标宋简体" => "宋体",
        "方正小标宋_GBK" => "宋体",
        _ => null,
    };
}
