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
    public static List<TextLine> Join(IReadOnlyList<TextLine> lines, int from, bool markdown, out bool joinedHardBreaks)
    {
        joinedHardBreaks = false;
        var nonBlank = 0;
        var blank = 0;
        var pairs = 0;
        var soft = 0;
        const int maxWidth = 512;
        var widths = new int[maxWidth + 1];
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
        var target = (int)(nonBlank * 0.75);
        for (var w = 0; w <= maxWidth && nonBlank > 0; w++)
        {
            seen += widths[w];
            if (seen > target)
            {
                width = w;
                break;
            }
        }

        var blankSeparated = nonBlank > 0 && blank >= nonBlank * 0.25;
        var pdf = soft >= 3 && soft >= pairs * 0.2;

        // Text copied from some PDF viewers has a blank line after every line: then a single blank line
        // between a full-width line that ends mid-sentence and a line that starts no item is no paragraph end.
        var across = 0;
        var softAcross = 0;
        for (var i = from; i + 2 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && lines[i + 1].IsBlank && !lines[i + 2].IsBlank)
            {
                across++;
                if (!EndsParagraph(lines[i]) && !StartsParagraph(lines[i + 2]) && lines[i].Text.Length >= width * 0.7)
                {
                    softAcross++;
                }
            }
        }

        var doubleSpaced = blank >= nonBlank * 0.8 && across >= 5 && softAcross >= across * 0.3;

        var result = new List<TextLine>();
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

            var text = parts.Count == 1 ? parts[0] : JoinParts(parts);
            var paragraph = new TextLine(text, first.HeadingLevel, first.BoldLength) { IsJoined = partsJoined && parts.Count > 1 };
            anyJoined |= paragraph.IsJoined;
            result.Add(paragraph);
            parts.Clear();
            first = null;
            previous = null;
            partsJoined = false;
        }
    }

    private static bool ShouldJoin(TextLine current, TextLine next, bool markdown, bool blankSeparated, bool pdf, int width)
    {
        if (current.HeadingLevel > 0 || next.HeadingLevel > 0 || StartsParagraph(next) || current.BoldLength >= current.Text.Length)
        {
            return false;
        }

        var text = current.Text.Text;
        var headingLike = Marker.Read(text).Kind is MarkerKind.Section or MarkerKind.Heading && text.Length <= 40 && !EndsParagraph(current);
        if (SectionClassifier.ClassifyBareLine(text) is not null)
        {
            return false;
        }

        if (pdf)
        {
            return !EndsParagraph(current) && text.Length >= width * 0.7 && !(headingLike && text.Length < width * 0.7);
        }

        if (headingLike)
        {
            return false;
        }

        if (markdown && blankSeparated)
        {
            return true;
        }

        return blankSeparated && !EndsParagraph(current);
    }

    /// <summary>Whether a line ends where a paragraph may end: after sentence punctuation or a colon, or a
    /// closing bracket; a closing quote only right after sentence punctuation (half-width quotes cannot
    /// tell opening from closing, and a line may break between two quoted words).</summary>
    private static bool EndsParagraph(TextLine line)
    {
        var text = line.Text.Text;
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

    private static bool StartsParagraph(TextLine line) =>
        line.HeadingLevel > 0 || line.BoldLength > 0 || Marker.Read(line.Text.Text).Kind != MarkerKind.None;

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
