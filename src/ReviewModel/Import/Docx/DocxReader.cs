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
/// phrase from the runs.
/// </summary>
internal static class DocxReader
{
    public static (string Text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines) Read(Stream stream, string? file)
    {
        try
        {
            return ReadPackage(stream, file);
        }
        catch (Exception e) when (e is not ReviewImportException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever the package or its XML is broken by (zip, parts, markup), the file is not a readable .docx.
            throw new ReviewImportException($"无法读取 DOCX 文件：{e.Message} (not a readable .docx file).", file, null, e);
        }
    }

    private static (string Text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines) ReadPackage(Stream stream, string? file)
    {
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                throw new ReviewImportException("DOCX 文件没有正文 (the .docx has no document body).", file);
            }

            var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles;
            var text = new StringBuilder();
            var lines = new List<(int, int, int, int)>();
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                var start = text.Length;
                var bold = 0;
                var boldOpen = true;
                var pendingBreak = false;
                foreach (var element in paragraph.Descendants())
                {
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
                    if (piece is not null && pendingBreak && piece.Length > 0)
                    {
                        pendingBreak = false;
                        piece = LineBreak(text.Length > start ? text[text.Length - 1] : ' ', piece[0]) + piece;
                    }
                    if (piece is null)
                    {
                        continue;
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

                var length = text.Length - start;
                lines.Add((start, length, HeadingLevel(paragraph, styles), bold > 0 && bold < length ? bold : (bold == length && length > 0 ? length : -1)));
                text.Append('\n');
            }

            return (text.ToString(), lines);
        }
    }

    /// <summary>
    /// A line break inside a paragraph (a title broken over lines, 2024 / 年度): nothing next to a Chinese
    /// character, where no space was ever written; a space between Latin words or digits.
    /// </summary>
    private static string LineBreak(char before, char after) => IsWide(before) || IsWide(after) ? string.Empty : " ";

    private static bool IsWide(char c) => c >= '\u2E80';

    private static bool IsBold(W.Run run)
    {
        var b = run.RunProperties?.Bold;
        return b is not null && (b.Val is null || b.Val.Value);
    }

    private static int HeadingLevel(W.Paragraph paragraph, W.Styles? styles)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val is { } outline && outline.Value < 6)
        {
            return outline.Value + 1;
        }

        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styleId is null)
        {
            return 0;
        }

        var style = styles?.Elements<W.Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        if (style?.StyleParagraphProperties?.OutlineLevel?.Val is { } level && level.Value < 6)
        {
            return level.Value + 1;
        }

        var name = style?.StyleName?.Val?.Value ?? styleId;
        foreach (var prefix in new[] { "heading", "Heading", "标题" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                var digits = name.Substring(prefix.Length).Trim();
                if (digits.Length == 1 && digits[0] >= '1' && digits[0] <= '6')
                {
                    return digits[0] - '0';
                }
            }
        }

        return 0;
    }
}
