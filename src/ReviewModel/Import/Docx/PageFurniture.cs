using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReviewModel.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// What Word puts around a material that is not its text: headers and footers (never read: they are parts of
/// their own), and a cover page — short, title-like lines at the start of the body that end in a section break
/// or a page break, with the material after them. The cover's paragraphs are left out (their numbers kept), and
/// one <see cref="RuleCatalogue.PageFurnitureSkipped"/> note says how many headers, footers and cover lines were skipped.
/// </summary>
internal static class PageFurniture
{
    /// <summary>At most this many paragraphs (non-empty ones) on a cover.</summary>
    private const int MaxCoverLines = 12;

    /// <summary>At most this many paragraphs, empty ones included, before the cover's break.</summary>
    private const int MaxCoverParagraphs = 40;

    /// <summary>A cover's line is short: a name, a title, a date.</summary>
    private const int MaxCoverLineLength = 40;

    /// <summary>The indices (in <see cref="DocxContent.Paragraphs"/> order) of the cover page's paragraphs, or none.</summary>
    public static HashSet<int> CoverParagraphs(W.Body body)
    {
        var cover = new HashSet<int>();
        var index = -1;
        var lines = 0;
        foreach (var paragraph in DocxContent.Paragraphs(body))
        {
            index++;
            if (index >= MaxCoverParagraphs || paragraph.Ancestors<W.Table>().Any())
            {
                return new HashSet<int>();
            }

            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value) && lines > 0)
            {
                return Confirmed(body, cover, index) ? cover : new HashSet<int>(); // this paragraph starts the page after the cover
            }

            var text = TextOf(paragraph).Trim();
            if (text.Length > 0)
            {
                if (text.Length > MaxCoverLineLength || text.IndexOfAny(new[] { '。', '；', ';', '！', '？' }) >= 0)
                {
                    return new HashSet<int>();
                }

                if (++lines > MaxCoverLines)
                {
                    return new HashSet<int>();
                }
            }

            cover.Add(index);
            var sectionBreak = paragraph.ParagraphProperties?.SectionProperties is not null;
            var pageBreak = paragraph.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page)
                && !HasTextAfterPageBreak(paragraph);
            if ((sectionBreak || pageBreak) && lines > 0)
            {
                return Confirmed(body, cover, index + 1) ? cover : new HashSet<int>();
            }
        }

        return new HashSet<int>();
    }

    /// <summary>The note for what was skipped, or null when nothing was.</summary>
    public static ImportDiagnostic? Diagnostic(MainDocumentPart part, HashSet<int> cover)
    {
        var headers = part.HeaderParts.Count(h => HasContent(h.Header));
        var footers = part.FooterParts.Count(f => HasContent(f.Footer));
        var coverLines = 0;
        if (cover.Count > 0 && part.Document?.Body is { } body)
        {
            var index = -1;
            foreach (var paragraph in DocxContent.Paragraphs(body))
            {
                index++;
                if (cover.Contains(index) && TextOf(paragraph).Trim().Length > 0)
                {
                    coverLines++;
                }
            }
        }

        return headers + footers + coverLines == 0 ? null : ImportDiagnostic.Of(RuleCatalogue.PageFurnitureSkipped, null, headers, footers, coverLines);
    }

    /// <summary>Whether a header or footer shows anything: text, or a field (a page number).</summary>
    private static bool HasContent(OpenXmlElement? root) =>
        root is not null && (root.Descendants<W.Text>().Any(t => t.Text.Trim().Length > 0)
            || root.Descendants<W.SimpleField>().Any() || root.Descendants<W.FieldCode>().Any());

    private static string TextOf(W.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants<W.Text>().Where(t => !t.Ancestors<W.DeletedRun>().Any()).Select(t => t.Text));

    /// <summary>Whether text follows the paragraph's page break in the same paragraph (then the break is not the cover's end).</summary>
    private static bool HasTextAfterPageBreak(W.Paragraph paragraph)
    {
        var after = false;
        foreach (var element in paragraph.Descendants())
        {
            if (element is W.Break b && b.Type?.Value == W.BreakValues.Page)
            {
                after = true;
            }
            else if (after && element is W.Text t && t.Text.Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a material's title (对照检查材料, 发言提纲, 民主生活会…).</summary>
    private static readonly string[] TitleWords = { "对照检查", "检查材料", "发言提纲", "发言材料", "民主生活会", "组织生活会" };

    /// <summary>
    /// Whether the lines before <paramref name="from"/> are a cover: text follows them, and a title on them is written
    /// again in the first lines after them (in full or as part of a longer title); a title page whose title the body does
    /// not repeat is the material's title, not a cover.
    /// </summary>
    private static bool Confirmed(W.Body body, HashSet<int> cover, int from)
    {
        var paragraphs = DocxContent.Paragraphs(body).ToList();
        var after = paragraphs.Skip(from).Select(p => TextOf(p).Trim()).Where(t => t.Length > 0).ToList();
        if (after.Count == 0)
        {
            return false;
        }

        var body10 = after.Take(10).Select(Compact).ToList();
        foreach (var index in cover)
        {
            var line = TextOf(paragraphs[index]).Trim();
            var compact = Compact(line);
            if (TitleWords.Any(w => line.IndexOf(w, System.StringComparison.Ordinal) >= 0) && !body10.Any(b => b.IndexOf(compact, System.StringComparison.Ordinal) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '　').ToArray());
}
