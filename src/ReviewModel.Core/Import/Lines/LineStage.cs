using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>Stage 2, lines: takes out an outline (目录) before the title, page and web chrome, and the title, then
/// joins the body's lines into paragraphs (<see cref="ParagraphJoiner"/>). Every line taken out is kept in
/// <see cref="ImportState.Skipped"/> and reported.</summary>
internal static class LineStage
{
    public static void Run(ImportState state)
    {
        var lines = state.Lines;
        var context = state.Context;
        var skipped = state.Skipped;
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

            context.Report(RuleCatalogue.OutlineSkipped, FirstText(lines, 0, outlineEnd), outline);
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
                context.Report(RuleCatalogue.ChromeSkipped, FirstText(lines, outlineEnd, first), chrome);
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

        state.Title = title;
        var body = new List<TextLine>(lines.Count);
        var pageNumberLines = 0;
        var webChrome = 0;
        SourceSpan? firstChrome = null;
        var tail = WebChrome.TailStart(lines);
        for (var i = Math.Max(last + 1, outlineEnd); i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.AsSpan();
            if (state.PageNumbers ? PageNumber.Is(text) : PageNumber.IsDecorated(text))
            {
                skipped.Add(context.Paragraph(line.Raw));
                pageNumberLines++;
                continue;
            }

            if (i >= tail && line.IsBlank)
            {
                continue; // a blank line among a page's closing links: neither material nor a line of chrome to report
            }

            if (i >= tail || WebChrome.Is(text) || (title.Length > 0 && text.SequenceEqual(title.AsSpan())))
            {
                skipped.Add(context.Paragraph(line.Raw));
                firstChrome ??= line.Raw;
                webChrome++;
                continue;
            }

            body.Add(line);
        }

        if (webChrome > 0)
        {
            context.Report(RuleCatalogue.ChromeSkipped, firstChrome, webChrome);
        }

        if (pageNumberLines > 0)
        {
            context.Report(RuleCatalogue.ChromeSkipped, null, pageNumberLines);
        }

        state.Paragraphs = ParagraphJoiner.Join(body, 0, state.Markdown, out var joined);
        if (joined)
        {
            var at = state.Paragraphs.First(p => p.IsJoined);
            context.Report(RuleCatalogue.LinesJoined, at.Text);
        }
    }

    /// <summary>The text of the first line from <paramref name="from"/> to <paramref name="to"/> that is not blank (where a
    /// run of skipped lines is reported: a blank line has no position of its own), or the empty span.</summary>
    private static SourceSpan FirstText(List<TextLine> lines, int from, int to)
    {
        for (var i = from; i < to && i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Text;
            }
        }

        return SourceSpan.Empty;
    }
}
