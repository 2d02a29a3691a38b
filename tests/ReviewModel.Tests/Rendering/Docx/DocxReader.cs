using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Tests.Rendering.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>Reads a produced DOCX back with the Open XML SDK for assertions.</summary>
internal sealed class DocxReader : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart ?? throw new InvalidOperationException("no main part");

    public Body Body => Main.Document.Body ?? throw new InvalidOperationException("no body");

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    public Styles Styles => Main.StyleDefinitionsPart?.Styles ?? throw new InvalidOperationException("no styles");

    public IReadOnlyList<(string Style, string Text)> Paragraphs() =>
        Body.Elements<Paragraph>().Select(p => (StyleOf(p), TextOf(p))).ToList();

    public static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    public static string TextOf(OpenXmlElement e) => string.Concat(e.Descendants().Select(d => d switch
    {
        Text t => t.Text,
        Break => "\n",
        TabChar => "\t",
        _ => string.Empty,
    }));

    public Style Style(string id) => Styles.Elements<Style>().Single(s => s.StyleId?.Value == id);

    /// <summary>A run property of a style, following basedOn and falling back to the document defaults.</summary>
    public T? Effective<T>(string styleId)
        where T : OpenXmlElement
    {
        for (var id = styleId; id is not null;)
        {
            var style = Style(id);
            var found = style.StyleRunProperties?.GetFirstChild<T>() ?? style.StyleParagraphProperties?.GetFirstChild<T>();
            if (found is not null)
            {
                return found;
            }

            id = style.BasedOn?.Val?.Value;
        }

        var defaults = Styles.DocDefaults;
        return defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<T>()
            ?? defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.GetFirstChild<T>();
    }

    public string? EastAsiaFont(string styleId)
    {
        for (var id = styleId; id is not null;)
        {
            var style = Style(id);
            var fonts = style.StyleRunProperties?.RunFonts;
            if (fonts?.EastAsia?.Value is { } name)
            {
                return name;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>Validates against the oldest (Word 2007) and the newest schema the SDK knows.</summary>
    public IReadOnlyList<ValidationErrorInfo> Validate() =>
        new OpenXmlValidator(FileFormatVersions.Office2007).Validate(Package)
            .Concat(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(Package))
            .ToList();

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
