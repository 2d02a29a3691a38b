using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Groups lines into paragraphs. Blank lines always end a paragraph; a line also ends one when it
/// ends a sentence, is a heading, or the next line starts with numbering. Otherwise lines are joined
/// when the text uses blank lines between paragraphs (Markdown, wrapped text) or when it looks
/// pasted from a PDF (many lines broken mid-sentence at a common width) and the line is full width.
/// </summary>
internal static class ParagraphJoiner
{
    public static List<TextLine> Join(List<TextLine> lines, int from, bool markdown, out bool joinedHardBreaks)
    {
        joinedHardBreaks = false;
        var nonBlank = 0;
        var blank = 0;
        var pairs = 0;
        var soft = 0;
        const int maxWidth = ImportThresholds.MaxTrackedLineWidth;
        Span<int> widths = stackalloc int[maxWidth + 1]; // 2 KB on the stack, not on the heap
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                blank++;
                continue;
            }

            nonBlank++;
            widths[Math.Min(maxWidth, lines[i].Text.Length)]++;
            if (i + 1 < lines.Count && !lines[i + 1].IsBlank)
            {
                pairs++;
                if (!EndsParagraph(lines[i]) && !StartsParagraph(lines[i + 1]))
                {
                    soft++;
                }
            }
        }

        // The typical full line: the 75th percentile of line lengths (a histogram, so linear).
        var width = 0;
        var seen = 0;
        var target = (int)(nonBlank * ImportThresholds.TypicalWidthPercentile);
        for (var w = 0; w <= maxWidth && nonBlank > 0; w++)
        {
            seen += widths[w];
            if (seen > target)
            {
                width = w;
                break;
            }
        }

        var blankSeparated = nonBlank > 0 && blank >= nonBlank * ImportThresholds.BlankSeparatedShare;
        var pdf = soft >= ImportThresholds.MinPdfSoftBreaks && soft >= pairs * ImportThresholds.PdfSoftBreakShare;

        // Text copied from some PDF viewers has a blank line after every line: then a single blank line
        // between a full-width line that ends mid-sentence and a line that starts no item is no paragraph end.
        var across = 0;
        var softAcross = 0;
        for (var i = from; i + 2 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && lines[i + 1].IsBlank && !lines[i + 2].IsBlank)
            {
                across++;
                if (!EndsParagraph(lines[i]) && !StartsParagraph(lines[i + 2]) && lines[i].Text.Length >= width * ImportThresholds.FullLineShare)
                {
                    softAcross++;
                }
            }
        }

        var doubleSpaced = blank >= nonBlank * ImportThresholds.DoubleSpacedBlankShare && across >= ImportThresholds.MinDoubleSpacedTriples && softAcross >= across * ImportThresholds.DoubleSpacedSoftShare;

        var result = new List<TextLine>(lines.Count - from); // at most one paragraph a line
        var parts = new List<SourceSpan>();
        TextLine? first = null;
        TextLine? previous = null;
        var blanks = 0;
        var partsJoined = false;
        var anyJoined = false;
        for (var i = from; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : null;
            if (line is null || line.IsRule || (line.IsBlank && !doubleSpaced))
            {
                Flush();
                continue;
            }

            if (line.IsBlank)
            {
                blanks++;
                continue;
            }

            if (first is null || previous is null)
            {
                Flush();
                first = line;
                previous = line;
                parts.Add(line.Text);
                blanks = 0;
                continue;
            }

            var join = blanks == 0
                ? !line.StartsBlock && ShouldJoin(previous, line, markdown, blankSeparated, pdf, width)
                : blanks == 1 && ShouldJoin(previous, line, markdown, blankSeparated: false, pdf: true, width);
            blanks = 0;
            if (join)
            {
                if (!blankSeparated || pdf || doubleSpaced)
                {
                    partsJoined = true;
                }

                parts.Add(line.Text);
                previous = line;
            }
            else
            {
                Flush();
                first = line;
                previous = line;
                parts.Add(line.Text);
            }
        }

        joinedHardBreaks = anyJoined;
        return result;

        void Flush()
        {
            if (first is null)
            {
                return;
            }

            // A paragraph of one line is that line: the stages after this one read only its text, heading level and bold lead.
            var paragraph = parts.Count == 1 ? first : new TextLine(JoinParts(parts), first.HeadingLevel, first.BoldLength) { IsJoined = partsJoined };
            anyJoined |= paragraph.IsJoined;
            result.Add(paragraph);
            parts.Clear();
            first = null;
            previous = null;
            partsJoined = false;
        }
    }

    /// <summary>Whether <paramref name="next"/> continues the paragraph that <paramref name="current"/> is in. The
    /// constructs decide first (<see cref="LineConstructs"/>: a heading, a numbered or bold item, a guide line
    /// interrupts; a heading closes); then the text's layout: wrapped at a page width, blank-line separated, Markdown.</summary>
    private static bool ShouldJoin(TextLine current, TextLine next, bool markdown, bool blankSeparated, bool pdf, int width)
    {
        if (LineConstructs.Interrupts(next) || LineConstructs.Closes(current, wrapped: pdf))
        {
            return false;
        }

        if (pdf)
        {
            return !EndsParagraph(current) && current.Text.Length >= width * ImportThresholds.FullLineShare;
        }

        if (markdown && blankSeparated)
        {
            return true;
        }

        return (blankSeparated || IsWrapped(current, next, width)) && !EndsParagraph(current);
    }

    /// <summary>
    /// A single line broken at the page width in text that is otherwise one paragraph a line (a PDF's opening
    /// paragraph, pasted): a long line with no numbering that stops mid-sentence, at least as long as most
    /// lines (<see cref="WrappedShareOfWidth"/>), followed by a line that goes on with Chinese text.
    /// Headings and numbered items never qualify, so a long aspect heading keeps its own paragraph.
    /// </summary>
    private static bool IsWrapped(TextLine current, TextLine next, int width)
    {
        var text = current.Text.AsSpan();
        var following = next.Text.AsSpan();
        if (text.Length < MinWrappedLength || text.Length < width * WrappedShareOfWidth || following.Length == 0)
        {
            return false;
        }

        var last = text[text.Length - 1];
        return (Chars.IsCjk(last) || last == '，' || last == '、')
            && (Chars.IsCjk(following[0]) || following[0] == '“')
            && Marker.Read(text).Kind == MarkerKind.None;
    }

    /// <summary>A wrapped line is a long line: the official format (GB/T 9704) sets 28 characters a line, so a line wrapped by a PDF in that format has at least 28; titles, bylines and signatures are shorter.</summary>
    private const int MinWrappedLength = ImportThresholds.MinWrappedLineLength;

    /// <summary>A wrapped line is at least this share of the typical full line (the 75th percentile of line lengths).</summary>
    private const double WrappedShareOfWidth = ImportThresholds.WrappedShareOfWidth;

    /// <summary>Whether a line ends where a paragraph may end: after sentence punctuation or a colon, or a
    /// closing bracket; a closing quote only right after sentence punctuation (half-width quotes cannot
    /// tell opening from closing, and a line may break between two quoted words).</summary>
    public static bool EndsParagraph(TextLine line)
    {
        var text = line.Text.AsSpan();
        if (text.Length == 0)
        {
            return true;
        }

        var last = text[text.Length - 1];
        if (last == '"' || last == '”' || last == '’' || last == '\'' || last == '」' || last == '』')
        {
            return text.Length > 1 && (Chars.IsSentenceEnd(text[text.Length - 2]) || text[text.Length - 2] == '：' || text[text.Length - 2] == '…');
        }

        return Chars.IsTerminal(last);
    }

    private static bool StartsParagraph(TextLine line) => LineConstructs.Interrupts(line);

    private static SourceSpan JoinParts(List<SourceSpan> parts)
    {
        var withSpaces = new List<SourceSpan>(parts.Count * 2);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                var before = parts[i - 1];
                var after = parts[i];
                if (before.Length > 0 && after.Length > 0 && Chars.IsAsciiLetterOrDigit(before[before.Length - 1]) && Chars.IsAsciiLetterOrDigit(after[0]))
                {
                    withSpaces.Add(SourceSpan.Inserted(" ", before.OffsetAt(before.Length - 1) + 1));
                }
            }

            withSpaces.Add(parts[i]);
        }

        return SourceSpan.Join(withSpaces, string.Empty);
    }
}
