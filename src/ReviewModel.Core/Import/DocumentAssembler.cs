using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Recovers the document from its lines: title (and page chrome before it), paragraphs, the opening,
/// then the sections in order, each collected by a draft of its kind. One pass over the paragraphs
/// (plus one to see which sections have sub-headings); every paragraph lands in exactly one place.
/// </summary>
internal static class DocumentAssembler
{
    /// <summary>Assembles the document.</summary>
    /// <param name="lines">The input's lines (for DOCX, its paragraphs).</param>
    /// <param name="context">Positions, options, diagnostics.</param>
    /// <param name="markdown">Whether Markdown rules apply (soft line breaks join).</param>
    /// <param name="pageNumbers">Whether lines that are only a page number are left out (text pasted from PDFs; not DOCX, where such a paragraph is a table cell).</param>
    public static ImportResult Assemble(IReadOnlyList<TextLine> lines, ImportContext context, bool markdown, bool pageNumbers = true)
    {
        var skipped = new List<Paragraph>();
        var outlineEnd = OutlineFinder.Find(lines);
        if (outlineEnd > 0)
        {
            var outline = 0;
            for (var i = 0; i < outlineEnd; i++)
            {
                if (lines[i].Raw.Length > 0)
                {
                    skipped.Add(context.Paragraph(lines[i].Raw));
                    outline++;
                }
            }

            context.Report(RuleCatalogue.OutlineSkipped, lines[0].Text, outline);
        }

        var (first, last) = TitleFinder.Find(lines, outlineEnd);
        var title = SourceSpan.Empty;
        if (first >= 0)
        {
            var chrome = 0;
            for (var i = outlineEnd; i < first; i++)
            {
                if (lines[i].Raw.Length > 0)
                {
                    skipped.Add(context.Paragraph(lines[i].Raw));
                    chrome++;
                }
            }

            if (chrome > 0)
            {
                context.Report(RuleCatalogue.ChromeSkipped, lines[outlineEnd].Text, chrome);
            }

            var titleParts = new List<SourceSpan>();
            for (var i = first; i <= last; i++)
            {
                if (!lines[i].IsBlank)
                {
                    titleParts.Add(lines[i].Text);
                }
            }

            title = SourceSpan.Join(titleParts, string.Empty);
        }
        else
        {
            context.Report(RuleCatalogue.NoTitle, null);
        }

        var body = new List<TextLine>(lines.Count);
        var pageNumberLines = 0;
        var webChrome = 0;
        SourceSpan? firstChrome = null;
        var tail = WebChrome.TailStart(i => lines[i].Text.Text, lines.Count);
        for (var i = Math.Max(last + 1, outlineEnd); i < lines.Count; i++)
        {
            if (pageNumbers && PageNumber.Is(lines[i].Text.Text))
            {
                skipped.Add(context.Paragraph(lines[i].Raw));
                pageNumberLines++;
                continue;
            }

            if (i >= tail || WebChrome.Is(lines[i].Text.Text) || (title.Length > 0 && lines[i].Text.Text == title.Text))
            {
                skipped.Add(context.Paragraph(lines[i].Raw));
                firstChrome ??= lines[i].Raw;
                webChrome++;
                continue;
            }

            body.Add(lines[i]);
        }

        if (webChrome > 0)
        {
            context.Report(RuleCatalogue.ChromeSkipped, firstChrome, webChrome);
        }

        if (pageNumberLines > 0)
        {
            context.Report(RuleCatalogue.ChromeSkipped, null, pageNumberLines);
        }

        var paragraphs = ParagraphJoiner.Join(body, 0, markdown, out var joined);
        if (joined)
        {
            var at = paragraphs.First(p => p.IsJoined);
            context.Report(RuleCatalogue.LinesJoined, at.Text);
        }

        var blocks = paragraphs.Select(Block.Create).SelectMany(InlineHeadingSplitter.Split).ToList();
        var starts = new SectionStart?[blocks.Count];
        var reader = new SectionStartReader(headingsAreSections: !SectionStartReader.HasNumberedSections(blocks));
        for (var i = 0; i < blocks.Count; i++)
        {
            starts[i] = reader.Read(blocks[i]);
        }

        var preamble = new List<SourceSpan>();
        var drafts = new List<SectionDraft>();
        SectionDraft? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i & 255) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (starts[i] is { } start)
            {
                current = CreateDraft(start);
                current.HasSubHeadings = HasSubHeadings(blocks, starts, i + 1);
                if (!start.Recognised)
                {
                    context.Report(RuleCatalogue.UnknownSection, start.Heading, Shorten(start.Heading.Text));
                }

                drafts.Add(current);
                if (start.Rest.Length > 0)
                {
                    current.Add(Block.Create(start.Rest), next);
                }

                continue;
            }

            if (current is null)
            {
                if (StartsImplicitProblems(block))
                {
                    current = new ProblemSectionDraft(null) { HasSubHeadings = HasSubHeadings(blocks, starts, i) };
                    drafts.Add(current);
                    current.Add(block, next);
                }
                else
                {
                    preamble.Add(block.Raw);
                }

                continue;
            }

            current.Add(block, next);
        }

        if (drafts.Count == 0)
        {
            context.Report(RuleCatalogue.NoStructure, null);
        }

        context.ContextYear = HeaderReader.ContextYear(title.Text, preamble.Select(p => p.Text).ToList());
        var sections = drafts.Select(d => d.Build(context)).ToList();
        var header = HeaderReader.Read(title.Text, preamble.Select(p => p.Text).ToList(), sections);
        var document = new ReviewDocument(header, context.Paragraphs(preamble), sections.ToValueList());
        document = CatalogueResolver.Resolve(document, context);
        var links = new List<InferredLink>();
        if (context.Options.InferLinks)
        {
            document = LinkInferrer.Infer(document, links, context.CancellationToken);
        }

        return new ImportResult(document, links, context.Diagnostics, skipped);
    }

    private static SectionDraft CreateDraft(SectionStart start) => start.Kind switch
    {
        SectionKind.Preparation or SectionKind.LastYearRectification => new ItemSectionDraft(start.Kind, start.Heading),
        SectionKind.Problems => new ProblemSectionDraft(start.Heading),
        SectionKind.Causes => new CauseSectionDraft(start.Heading),
        SectionKind.Measures => new MeasureSectionDraft(start.Heading),
        _ => new FreeSectionDraft(start.Kind, start.Heading),
    };

    private static bool HasSubHeadings(List<Block> blocks, SectionStart?[] starts, int from)
    {
        for (var i = from; i < blocks.Count && starts[i] is null; i++)
        {
            if (blocks[i].Kind == MarkerKind.Heading || (blocks[i].HeadingLevel > 0 && blocks[i].Kind != MarkerKind.Item && blocks[i].Kind != MarkerKind.Arabic))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsImplicitProblems(Block block)
    {
        if (block.Kind != MarkerKind.Heading && block.Kind != MarkerKind.Section && block.HeadingLevel == 0 && block.Kind != MarkerKind.None)
        {
            return false;
        }

        var content = block.Content;
        if (content.Length > 200)
        {
            return false;
        }

        var (head, _) = ProblemSectionDraft.SplitAspectHeading(content);
        return AspectMatcher.LooksLikeAspect(head.Text);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text.Substring(0, 20) + "…";
}
