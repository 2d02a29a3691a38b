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
    public static (string Text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines) Read(Stream stream, string? file, ICollection<ImportDiagnostic>? notes = null)
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

    private static (string Text, List<(int Start, int Length, int HeadingLevel, int BoldLength)> Lines) ReadPackage(Stream stream, string? file, ICollection<ImportDiagnostic>? notes)
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

            var text = new StringBuilder();
            var lines = new List<(int, int, int, int)>();
            foreach (var paragraph in DocxContent.Paragraphs(body))
            {
                var start = text.Length;
                var bold = 0;
                var boldOpen = true;

                // Word's automatic number, read as if typed (bold when the text after it starts bold).
                var label = numbering.Next(paragraph) ?? string.Empty;
                text.Append(label);
                foreach (var element in content.Visible(paragraph))
                {
                    string? piece = element switch
                    {
                        W.Text t => t.Text,
                        W.TabChar => "\t",
                        W.Break or W.CarriageReturn => " ",
                        _ => null,
                    };
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

                if (bold > 0)
                {
                    bold += label.Length;
                }

                var length = text.Length - start;
                lines.Add((start, length, styles.HeadingLevel(paragraph), bold > 0 && bold < length ? bold : (bold == length && length > 0 ? length : -1)));
                text.Append('\n');
            }

            return (text.ToString(), lines);
        }
    }

    private static bool IsBold(W.Run run)
    {
        var b = run.RunProperties?.Bold;
        return b is not null && (b.Val is null || b.Val.Value);
    }
}
