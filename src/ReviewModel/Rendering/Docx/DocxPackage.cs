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
    public static void Write(Stream output, DocxOptions options, DocxMetadata metadata, bool landscape, Action<Body, DocxGeometry> fill, CancellationToken cancellationToken, Action<MainDocumentPart>? parts = null)
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
        // The package is built in memory, then written again as a zip whose entries carry one fixed time,
        // so that the same document (and clock) gives the same bytes.
        using var buffer = new MemoryStream();
        WritePackage(buffer, options, metadata, geometry, fill, parts, cancellationToken);
        buffer.Position = 0;
        DeterministicZip.Copy(buffer, output);
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

    /// <summary>The text with every character XML cannot carry (C0 controls other than tab and line breaks, lone
    /// surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, for text written outside a run (document properties).</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!IsXmlChar(c) && safe is null)
            {
                safe = new StringBuilder(text.Length).Append(text, 0, i);
            }

            safe?.Append(IsXmlChar(c) ? c : '\uFFFD');
        }

        return safe?.ToString() ?? text;
    }

    private static bool IsXmlChar(char c) =>
        c >= 0x20 ? !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' : c is '\t' or '\n' or '\r';

    private static void WritePackage(Stream output, DocxOptions options, DocxMetadata metadata, DocxGeometry geometry, Action<Body, DocxGeometry> fill, Action<MainDocumentPart>? parts, CancellationToken cancellationToken)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        WriteProperties(package, options, metadata);

        // Relationship IDs are given, not generated, so that they are the same on every run.
        var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(options, geometry);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = CreateSettings();
        main.AddNewPart<FontTablePart>("rIdFonts").Fonts = CreateFonts(options);

        var odd = main.AddNewPart<FooterPart>("rIdFooterOdd");
        odd.Footer = PageNumberFooter(DocxStyleIds.PageNumberOdd, options);
        var even = main.AddNewPart<FooterPart>("rIdFooterEven");
        even.Footer = PageNumberFooter(DocxStyleIds.PageNumberEven, options);

        var body = new Body();
        fill(body, geometry);
        cancellationToken.ThrowIfCancellationRequested();
        body.Append(CreateSection(geometry, main.GetIdOfPart(odd), main.GetIdOfPart(even)));
        main.Document = new Document(body);
        // Parts that depend on the body (comments): after it is filled, with fixed relationship IDs.
        parts?.Invoke(main);
    }

    private static void WriteProperties(WordprocessingDocument package, DocxOptions options, DocxMetadata metadata)
    {
        // The core properties are a part of our own (docProps/core.xml, fixed relationship ID): the packaging
        // layer's own would get a random part name on every run.
        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create, FileAccess.Write))
        {
            CoreProperties.Write(stream, metadata, options.Clock.GetCurrentInstant());
        }

        var app = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
            new DocumentFormat.OpenXml.ExtendedProperties.Application("ReviewModel"),
            new DocumentFormat.OpenXml.ExtendedProperties.DocumentSecurity("0"),
            new DocumentFormat.OpenXml.ExtendedProperties.Company(XmlSafe(metadata.Company ?? string.Empty)));
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
        // — 1 —: a dash and a space each side of the number (GB/T 9704 7.5).
        if (options.PageNumberDash.Length > 0)
        {
            paragraph.Append(new Run(new Text(options.PageNumberDash + " ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        if (options.PageNumberDash.Length > 0)
        {
            paragraph.Append(new Run(new Text(" " + options.PageNumberDash) { Space = SpaceProcessingModeValues.Preserve }));
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
