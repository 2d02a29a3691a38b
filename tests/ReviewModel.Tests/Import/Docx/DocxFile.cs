using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>
/// Builds a .docx in memory with the OpenXml SDK, the way Word writes one: styles (with <c>basedOn</c>,
/// outline levels, numbering), numbering definitions (abstract levels, instances, overrides), body
/// paragraphs, tables, notes.
/// </summary>
internal sealed class DocxFile
{
    private readonly List<OpenXmlElement> _body = new();
    private readonly List<Style> _styles = new();
    private readonly List<AbstractNum> _abstracts = new();
    private readonly List<NumberingInstance> _instances = new();
    private readonly List<Footnote> _footnotes = new();
    private readonly List<Comment> _comments = new();
    private readonly List<(string ParaId, string? Parent)> _commentsEx = new();
    private readonly List<string> _headers = new();
    private readonly List<string> _footers = new();

    /// <summary>A level of an abstract numbering.</summary>
    public sealed record Lvl(string Format, string Text, int Start = 1, string? Style = null, int? Restart = null, bool Legal = false, string? Suffix = null);

    public DocxFile Style(string id, string name, string? basedOn = null, int? outline = null, int? numId = null, int? ilvl = null, bool isDefault = false)
    {
        var pPr = new StyleParagraphProperties();
        if (numId is not null)
        {
            var numPr = new NumberingProperties();
            if (ilvl is not null)
            {
                numPr.Append(new NumberingLevelReference { Val = ilvl });
            }

            numPr.Append(new NumberingId { Val = numId });
            pPr.Append(numPr);
        }

        if (outline is not null)
        {
            pPr.Append(new OutlineLevel { Val = outline });
        }

        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(pPr);
        _styles.Add(style);
        return this;
    }

    public DocxFile Abstract(int id, params Lvl[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(Level(i, levels[i]));
        }

        _abstracts.Add(abstractNum);
        return this;
    }

    public static Level Level(int index, Lvl l)
    {
        var level = new Level { LevelIndex = index };
        level.Append(new StartNumberingValue { Val = l.Start });
        level.Append(new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(l.Format)) });
        if (l.Restart is not null)
        {
            level.Append(new LevelRestart { Val = l.Restart });
        }

        if (l.Style is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = l.Style });
        }

        if (l.Legal)
        {
            level.Append(new IsLegalNumberingStyle());
        }

        if (l.Suffix is not null)
        {
            level.Append(new LevelSuffix { Val = new EnumValue<LevelSuffixValues>(new LevelSuffixValues(l.Suffix)) });
        }

        level.Append(new LevelText { Val = l.Text });
        return level;
    }

    /// <summary>A numbering instance; <paramref name="overrides"/> are (level, start override, replacement level or null).</summary>
    public DocxFile Num(int numId, int abstractId, params (int Level, int? Start, Lvl? Replace)[] overrides)
    {
        var num = new NumberingInstance { NumberID = numId };
        num.Append(new AbstractNumId { Val = abstractId });
        foreach (var (level, start, replace) in overrides)
        {
            var o = new LevelOverride { LevelIndex = level };
            if (start is not null)
            {
                o.Append(new StartOverrideNumberingValue { Val = start });
            }

            if (replace is not null)
            {
                o.Append(Level(level, replace));
            }

            num.Append(o);
        }

        _instances.Add(num);
        return this;
    }

    /// <summary>A paragraph of runs; the first run bold when <paramref name="boldLead"/> is given.</summary>
    public DocxFile P(string text, string? style = null, int? numId = null, int? ilvl = null, string? boldLead = null)
    {
        _body.Add(Para(text, style, numId, ilvl, boldLead));
        return this;
    }

    public static W.Paragraph Para(string text, string? style = null, int? numId = null, int? ilvl = null, string? boldLead = null)
    {
        var paragraph = new W.Paragraph();
        var pPr = new ParagraphProperties();
        if (style is not null)
        {
            pPr.Append(new ParagraphStyleId { Val = style });
        }

        if (numId is not null || ilvl is not null)
        {
            var numPr = new NumberingProperties();
            if (ilvl is not null)
            {
                numPr.Append(new NumberingLevelReference { Val = ilvl });
            }

            if (numId is not null)
            {
                numPr.Append(new NumberingId { Val = numId });
            }

            pPr.Append(numPr);
        }

        if (pPr.HasChildren)
        {
            paragraph.Append(pPr);
        }

        if (boldLead is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), Text(boldLead)));
        }

        if (text.Length > 0)
        {
            paragraph.Append(new Run(Text(text)));
        }

        return paragraph;
    }

    public static W.Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Adds any body element (a paragraph built by hand, a table).</summary>
    public DocxFile Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    public DocxFile Footnote(int id, string text)
    {
        _footnotes.Add(new Footnote(new W.Paragraph(new Run(new FootnoteReferenceMark()), new Run(Text(text)))) { Id = id });
        return this;
    }

    /// <summary>A comment (批注) in comments.xml; <paramref name="replyTo"/> makes it a reply (commentsExtended.xml).</summary>
    public DocxFile Comment(string id, string author, string text, string? date = "2025-01-10T09:30:00Z", string? initials = null, string? replyTo = null)
    {
        var paraId = (0x10000000 + int.Parse(id)).ToString("X8");
        var paragraph = new W.Paragraph(new Run(new AnnotationReferenceMark()), new Run(Text(text))) { ParagraphId = paraId };
        var comment = new Comment(paragraph) { Id = id, Author = author };
        if (date is not null)
        {
            comment.SetAttribute(new OpenXmlAttribute("w", "date", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", date));
        }

        if (initials is not null)
        {
            comment.Initials = initials;
        }

        _comments.Add(comment);
        _commentsEx.Add((paraId, replyTo is null ? null : (0x10000000 + int.Parse(replyTo)).ToString("X8")));
        return this;
    }

    /// <summary>A paragraph whose text between <paramref name="before"/> and the rest is covered by the comments' ranges (each comment's range from the same start to the end, then its reference).</summary>
    public static W.Paragraph Commented(string before, string covered, string after, params string[] ids)
    {
        var paragraph = new W.Paragraph();
        if (before.Length > 0)
        {
            paragraph.Append(new Run(Text(before)));
        }

        foreach (var id in ids)
        {
            paragraph.Append(new CommentRangeStart { Id = id });
        }

        paragraph.Append(new Run(Text(covered)));
        foreach (var id in ids)
        {
            paragraph.Append(new CommentRangeEnd { Id = id });
            paragraph.Append(new Run(new CommentReference { Id = id }));
        }

        if (after.Length > 0)
        {
            paragraph.Append(new Run(Text(after)));
        }

        return paragraph;
    }

    public DocxFile Header(string text)
    {
        _headers.Add(text);
        return this;
    }

    public DocxFile Footer(string text)
    {
        _footers.Add(text);
        return this;
    }

    public MemoryStream Save()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, true))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            if (_styles.Count > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(_styles.Select(s => s.CloneNode(true)));
            }

            if (_abstracts.Count > 0 || _instances.Count > 0)
            {
                // Abstract definitions first, then the instances, as the schema orders them.
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(_abstracts.Select(a => a.CloneNode(true)).Concat(_instances.Select(n => n.CloneNode(true))));
            }

            if (_footnotes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(_footnotes.Select(f => f.CloneNode(true)));
            }

            if (_comments.Count > 0)
            {
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(_comments.Select(c => c.CloneNode(true)));
                main.AddNewPart<WordprocessingCommentsExPart>().CommentsEx = new DocumentFormat.OpenXml.Office2013.Word.CommentsEx(
                    _commentsEx.Select(c => new DocumentFormat.OpenXml.Office2013.Word.CommentEx { ParaId = c.ParaId, ParaIdParent = c.Parent, Done = false }));
            }

            if (_headers.Count > 0 || _footers.Count > 0)
            {
                var section = new SectionProperties();
                foreach (var text in _headers)
                {
                    var part = main.AddNewPart<HeaderPart>();
                    part.Header = new W.Header(new W.Paragraph(new Run(Text(text))));
                    section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
                }

                foreach (var text in _footers)
                {
                    var part = main.AddNewPart<FooterPart>();
                    part.Footer = new W.Footer(new W.Paragraph(new Run(new SimpleField { Instruction = " PAGE " }), new Run(Text(text))));
                    section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
                }

                main.Document.Body!.Append(section);
            }
        }

        stream.Position = 0;
        return stream;
    }

    public ImportResult Import(string file = "material.docx")
    {
        using var stream = Save();
        return ReviewImporter.ImportDocx(stream, ImportOptions.Default.WithFile(file));
    }

    /// <summary>The paragraphs' text as the reader sees it (labels included), one per line, through the import's own reader.</summary>
    public string ReadText()
    {
        using var stream = Save();
        var (text, _) = DocxReader.Read(stream, null);
        return text.TrimEnd('\n');
    }

    /// <summary>The document as Markdown: what two imports of the same content must agree on (positions aside).</summary>
    public static string Shape(ImportResult result) => new MarkdownRenderer().Render(result.Document);
}
