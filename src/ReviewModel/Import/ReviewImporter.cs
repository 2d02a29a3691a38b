using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Reads a review material written as plain text, Markdown or DOCX into a <see cref="Model.ReviewDocument"/>,
/// keeping each element's source position (line and column; for DOCX, paragraph number and column)
/// so that findings point into the file.
/// </summary>
/// <remarks>
/// <para>It recovers the structures real materials use: section headings <c>一、</c> under their common
/// names and in any order (or none), aspects as <c>（一）</c>/<c>(一)</c>/Markdown headings/在……方面 lines,
/// problems as <c>一是…二是…</c> (inline or starting paragraphs), <c>1.</c>/<c>1、</c>, bold lead phrases
/// or deeper headings, measures with sub-items and owner/deadline written in the text, and text pasted
/// from PDFs (hard line breaks, page chrome before the title, a title split over two lines).</para>
/// <para>Nothing is lost: every paragraph after the title ends up in some element, with its text as
/// written (numbering markers and Markdown markup removed). Lines joined across hard breaks keep the
/// position of their first character; positions later in such an element are approximate.</para>
/// <para>Links between measures, causes and problems are proposed and marked inferred.</para>
/// <para>Time is linear in the input's size: every scan is a single pass without regular expressions.</para>
/// </remarks>
public static class ReviewImporter
{
    /// <summary>Imports text (plain or Markdown).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">File name for positions, format, catalogue; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels a long import.</param>
    /// <returns>The document, the links proposed and what the importer noticed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReviewImportException">The text is empty or is not text.</exception>
    /// <exception cref="ImportLimitExceededException">The text is longer than <see cref="ImportOptions.Limits"/> allow.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ImportResult Import(string text, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        TextImport.Import(text, options, cancellationToken);

    /// <summary>Imports a .docx document; positions give the paragraph number as the line. The text is read with
    /// tracked changes accepted; comments (批注) are kept on the elements they are anchored to
    /// (<see cref="Model.ReviewDocument.Comments"/>); headers, footers and a cover page are skipped with a note.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="options">File name for positions, catalogue; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels a long import.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ReviewImportException">Not a readable .docx, or no text in it.</exception>
    /// <exception cref="ImportLimitExceededException">Larger, deeper or more compressed than <see cref="ImportOptions.Limits"/> allow (a zip bomb).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ImportResult ImportDocx(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        options ??= ImportOptions.Default;
        var limits = options.Limits;
        if (!stream.CanSeek)
        {
            stream = new MemoryStream(InputFile.ReadCapped(stream, limits.MaxFileBytes, options.File), writable: false);
        }
        else if (stream.Length - stream.Position > limits.MaxFileBytes)
        {
            throw new ImportLimitExceededException(nameof(ImportLimits.MaxFileBytes), limits.MaxFileBytes, $"DOCX 有 {stream.Length - stream.Position} 字节 (the .docx has {stream.Length - stream.Position} bytes)", options.File);
        }

        // Sizes, compression ratio, nesting depth, paragraphs and text are checked on the zip entries
        // before OpenXml builds its DOM, so a zip bomb or 17,500 nested elements never reach it.
        DocxPackageGuard.Check(stream, limits, options.File, cancellationToken);
        var notes = new List<ImportDiagnostic>();
        var read = DocxReader.ReadAll(stream, options.File, notes);
        var result = TextImport.ImportParagraphs(read.Text, read.Lines, options, cancellationToken);
        var document = result.Document;
        if (read.Comments.Count > 0)
        {
            // Each comment (批注) on the element its anchor falls in, found once the structure is known.
            document = document.WithComments(CommentPlacer.Place(document, read.Comments, read.Text, options.File));
        }

        if (notes.Count == 0 && ReferenceEquals(document, result.Document))
        {
            return result;
        }

        notes.InsertRange(0, result.Diagnostics);
        return new ImportResult(document, result.InferredLinks, notes, result.Skipped);
    }

    /// <summary>Imports a file: .txt, .text and unknown text files as plain text, .md/.markdown as Markdown, .docx as Word.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Format, catalogue; the file name defaults to <paramref name="path"/>. Null for the defaults.</param>
    /// <param name="cancellationToken">Cancels a long import.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ReviewImportException">The file cannot be read, is not a regular file (a device or pipe), its format is not supported, or it is empty.</exception>
    /// <exception cref="ImportLimitExceededException">The file is over one of <see cref="ImportOptions.Limits"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ImportResult ImportFile(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= ImportOptions.Default;
        options = options.File is null ? options.WithFile(path) : options;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".doc" or ".pdf" or ".wps" or ".rtf" or ".odt" or ".pages")
        {
            throw new ReviewImportException($"不支持的格式“{extension}”：请另存为 .docx、.md 或 .txt (unsupported format '{extension}': save as .docx, .md or .txt).", path);
        }

        var bytes = InputFile.ReadAll(path, options.Limits.MaxFileBytes, path);

        var isZip = bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        var format = options.Format;
        if (format == ImportFormat.Auto)
        {
            format = extension == ".docx" || isZip ? ImportFormat.Docx : TextImport.IsMarkdownName(path) ? ImportFormat.Markdown : ImportFormat.PlainText;
        }

        if (format == ImportFormat.Docx)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return ImportDocx(stream, options, cancellationToken);
        }

        if (isZip)
        {
            throw new ReviewImportException("文件是压缩包而不是文本 (the file is an archive, not text).", path);
        }

        var (text, legacy) = TextDecoder.Decode(bytes, path);
        var result = Import(text, options.WithFormat(format), cancellationToken);
        if (legacy is not null)
        {
            var diagnostics = new List<ImportDiagnostic>(result.Diagnostics)
            {
                legacy == TextDecoder.Big5
                    ? ImportDiagnostic.Of(RuleCatalogue.Big5Encoding, null)
                    : ImportDiagnostic.Of(RuleCatalogue.LegacyEncoding, null),
            };
            return new ImportResult(result.Document, result.InferredLinks, diagnostics, result.Skipped);
        }

        return result;
    }
}
