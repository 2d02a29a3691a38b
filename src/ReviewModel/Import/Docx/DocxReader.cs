using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// Reads a .docx (with DocumentFormat.OpenXml) as one line per body paragraph, in document order
/// (table cells included), so that "line" in a source location is the paragraph number. Keeps what
/// the structure needs: heading levels from the paragraph style or outline level, and a bold lead
/// phrase from the runs. A paragraph whose mark is a tracked deletion goes on with the next one (whose own
/// line is left empty); a genre table's rows are read as typed lines (<see cref="GenreTable"/>); a cover
/// page's lines are left empty (<see cref="PageFurniture"/>); comments are anchored where their ranges start
/// (<see cref="CommentReader"/>).
/// </summary>
internal static class DocxReader
{
    public static (string Text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines) Read(Stream stream, string? file, ICollection<ImportDiagnostic>? notes = null)
    {
        var read = ReadAll(stream, file, notes);
        return (read.Text, read.Lines);
    }

    /// <summary>Reads the body as <see cref="Read"/> does, with the comments (批注) and where each is anchored in the text.</summary>
    public static DocxText ReadAll(Stream stream, string? file, ICollection<ImportDiagnostic>? notes = null)
    {
        try
        {
            return ReadPackage(stream, file, notes);
        }
        catch (Exception e) when (e is not ReviewImportException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the package or its XML is broken by (zip, parts, markup), the file is not a readable .docx.
            throw new ReviewImportException($"无法读取 DOCX 文件：{e.Message} (not a readable .docx file).", file, null, e);
        }
    }

    private static DocxText ReadPackage(Stream stream, string? file, ICollection<ImportDiagnostic>? notes)
    {
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                throw new ReviewImportException("DOCX 文件没有正文 (the .docx has no document body).", file);
            }

            // Styles by ID, looked up once per paragraph: a search of the list per paragraph was
            // paragraphs × styles, hours for a hostile file within the import limits.
            var part = document.MainDocumentPart!;
            var styles = new StyleLevels(part);
            var numbering = new NumberingResolver(part, styles);
            var content = new DocxContent(part);
            if (notes is not null && RevisionReader.Diagnostic(part) is { } revisions)
            {
                notes.Add(revisions);
            }

            var comments = CommentReader.Read(part, content);
            var tables = GenreTable.Find(body);
            string? lastHeading = null;
            var cover = PageFurniture.CoverParagraphs(body);
            if (notes is not null && PageFurniture.Diagnostic(part, cover) is { } furniture)
            {
                notes.Add(furniture);
            }

            var text = new StringBuilder();
            var lines = new List<(int, int, int, int)>();
            var index = -1;
            var joined = 0;
            var start = 0;
            var level = 0;
            var bold = 0;
            var boldOpen = true;
            var labelLength = 0;
            foreach (var paragraph in DocxContent.Paragraphs(body))
            {
                index++;
                if (cover.Contains(index))
                {
                    // A cover page's line: not read, but counted, so paragraph numbers stay Word's.
                    lines.Add(Line(text.Length, 0, 0, 0));
                    text.Append('\n');
                    continue;
                }

                if (tables.TryGetValue(paragraph, out var table))
                {
                    if (joined > 0)
                    {
                        // A deleted mark before a table: nothing in the table joins it.
                        lines.Add(Line(start, text.Length - start, level, bold > 0 ? bold + labelLength : 0));
                        text.Append('\n');
                        for (; joined > 0; joined--)
                        {
                            lines.Add(Line(text.Length, 0, 0, 0));
                            text.Append('\n');
                        }
                    }

                    numbering.Next(paragraph); // counted as Word counts it, though the row's line replaces it
                    var rowStart = text.Length;
                    foreach (var anchor in paragraph.Descendants().Where(e => e is W.CommentRangeStart or W.CommentReference))
                    {
                        comments.Anchor(anchor, rowStart);
                    }

                    if (table.IsHeadingSlot(paragraph))
                    {
                        // Rows outside their section (a 整改清单 after the problems): the section's heading first.
                        var heading = table.HasMeasures
                            ? (lastHeading?.Contains("措施") == true ? null : "整改措施")
                            : (lastHeading?.Contains("问题") == true ? null : "存在的问题");
                        text.Append(heading ?? string.Empty);
                        lines.Add(Line(rowStart, text.Length - rowStart, heading is null ? 0 : 1, 0));
                        if (heading is not null)
                        {
                            lastHeading = heading;
                        }
                    }
                    else
                    {
                        var (row, rowBold) = table.LineOf(paragraph, null);
                        text.Append(row);
                        lines.Add(Line(rowStart, row.Length, 0, rowBold > 0 ? rowBold : 0));
                    }

                    text.Append('\n');
                    continue;
                }

                var pendingBreak = false;
                if (joined == 0)
                {
                    start = text.Length;
                    level = styles.HeadingLevel(paragraph);
                    bold = 0;
                    boldOpen = true;

                    // Word's automatic number, read as if typed (bold when the text after it starts bold).
                    var label = numbering.Next(paragraph) ?? string.Empty;
                    text.Append(label);
                    labelLength = label.Length;
                }

                foreach (var element in content.Visible(paragraph))
                {
                    if (element is W.CommentRangeStart or W.CommentReference)
                    {
                        comments.Anchor(element, text.Length);
                        continue;
                    }

                    if (element is W.Break or W.CarriageReturn)
                    {
                        pendingBreak = true; // decided by the characters on both sides
                        continue;
                    }

                    string? piece = element switch
                    {
                        W.Text t => t.Text,
                        W.TabChar => "\t",
                        _ => null,
                    };
                    if (piece is null || piece.Length == 0)
                    {
                        continue;
                    }

                    if (pendingBreak)
                    {
                        pendingBreak = false;
                        var before = text.Length > start ? text[text.Length - 1] : ' ';
                        if (text.Length > start && EndsParagraph(text, start))
                        {
                            // A break after a sentence end is a paragraph break written as a line break (an item
                            // continued in a paragraph of its own): a line of its own, in the same Word paragraph.
                            lines.Add(Line(start, text.Length - start, level, bold > 0 ? bold + labelLength : 0));
                            labelLength = 0;
                            text.Append(SameParagraph);
                            start = text.Length;
                            level = 0;
                            bold = 0;
                            boldOpen = false;
                        }
                        else
                        {
                            piece = LineBreak(before, piece[0]) + piece;
                        }
                    }

                    piece = piece.Replace('\n', ' ').Replace('\r', ' ');
                    text.Append(piece);
                    if (boldOpen)
                    {
                        var run = element.Ancestors<W.Run>().FirstOrDefault();
                        if (run is not null && IsBold(run))
                        {
                            bold += piece.Length;
                        }
                        else if (piece.Trim().Length > 0)
                        {
                            boldOpen = false;
                        }
                    }
                }

                if (DeletedMark(paragraph))
                {
                    // The paragraph mark is a tracked deletion: accepted, this paragraph and the next are one,
                    // as Word shows it. The next one's text goes on this line; its own line is left empty, so
                    // the paragraphs after keep their numbers.
                    joined++;
                    continue;
                }

                lines.Add(Line(start, text.Length - start, level, bold > 0 ? bold + labelLength : 0));
                if (IsSectionHeading(text, start, level))
                {
                    lastHeading = text.ToString(start, text.Length - start);
                }

                text.Append('\n');
                for (; joined > 0; joined--)
                {
                    lines.Add(Line(text.Length, 0, 0, 0));
                    text.Append('\n');
                }
            }

            if (joined > 0)
            {
                // The last paragraph's mark deleted: nothing follows to join.
                lines.Add(Line(start, text.Length - start, level, bold > 0 ? bold + labelLength : 0));
                text.Append('\n');
                for (joined--; joined > 0; joined--)
                {
                    lines.Add(Line(text.Length, 0, 0, 0));
                    text.Append('\n');
                }
            }

            return new DocxText(text.ToString(), lines, comments.Comments());
        }
    }

    /// <summary>Whether the line from <paramref name="start"/> reads as a section heading: a level-1 heading, or <c>一、</c>… typed or numbered.</summary>
    private static bool IsSectionHeading(StringBuilder text, int start, int level)
    {
        if (level == 1)
        {
            return true;
        }

        var i = start;
        while (i < text.Length && "一二三四五六七八九十".IndexOf(text[i]) >= 0)
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == '、' && text.Length - start <= 30;
    }

    /// <summary>Whether the paragraph's mark is a tracked deletion (<c>w:pPr/w:rPr/w:del</c>).</summary>
    private static bool DeletedMark(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<W.Deleted>() is not null;

    /// <summary>Separates the lines of one Word paragraph in the text: not a line feed, so that positions keep the paragraph's number.</summary>
    private const char SameParagraph = '\u2029';

    private static (int, int, int, int) Line(int start, int length, int level, int bold) =>
        (start, length, level, bold > 0 && bold < length ? bold : (bold == length && length > 0 ? length : -1));

    /// <summary>Whether the line so far ends a sentence: 。！？；：…） or a closing quote right after one (a title
    /// broken after “不忘初心、牢记使命” goes on).</summary>
    private static bool EndsParagraph(StringBuilder text, int start)
    {
        var c = text[text.Length - 1];
        if (c is '”' or '’' or '）' or ')')
        {
            return text.Length - 1 > start && text[text.Length - 2] is '。' or '！' or '？' or '；' or '!' or '?' or ';';
        }

        return c is '。' or '！' or '？' or '；' or '：' or '…' or '!' or '?' or ';';
    }

    /// <summary>
    /// A line break inside a paragraph (a title broken over lines, 2024 / 年度): nothing next to a Chinese
    /// character, where no space was ever written; a space between Latin words or digits.
    /// </summary>
    private static string LineBreak(char before, char after) => IsWide(before) || IsWide(after) ? string.Empty : " ";

    private static bool IsWide(char c) => c >= '\u2E80';

    /// <summary>Whether a run sets off the paragraph's lead: bold, or a heading character style (the run-in
    /// <c>（一）title</c> our renderer writes in 楷体 with the review's run-in heading style).</summary>
    private static bool IsBold(W.Run run)
    {
        var b = run.RunProperties?.Bold;
        if (b is not null && (b.Val is null || b.Val.Value))
        {
            return true;
        }

        var style = run.RunProperties?.RunStyle?.Val?.Value;
        return style is not null && (style.IndexOf("RunIn", StringComparison.Ordinal) >= 0 || style.IndexOf("Heading", StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
