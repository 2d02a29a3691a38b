using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace ReviewModel.Import;

/// <summary>
/// The text import's entry points in the core: text (plain or Markdown) split into lines, or paragraphs
/// read by a format reader of a layer above (DOCX), assembled into a document. The public front door is
/// <c>ReviewImporter</c> in the ReviewModel assembly; the analyzers call this directly.
/// </summary>
internal static class TextImport
{
    /// <summary>Imports text (plain or Markdown).</summary>
    public static ImportResult Import(string text, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        options ??= ImportOptions.Default;
        CheckText(text, options.File, options.Limits);
        var markdown = options.Format == ImportFormat.Markdown || (options.Format == ImportFormat.Auto && IsMarkdownName(options.File));
        var context = new ImportContext(new LineMap(text, options.File), options, cancellationToken);
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            if ((lines.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (lines.Count >= options.Limits.MaxParagraphs)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), options.Limits.MaxParagraphs, $"文本超过 {options.Limits.MaxParagraphs} 行 (the text has more than {options.Limits.MaxParagraphs} lines)", options.File, lines.Count + 1);
            }

            lines.Add(MarkdownLine.Read(SourceSpan.FromSource(text, start, i - start), markdown));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return DocumentAssembler.Assemble(lines, context, markdown);
    }

    /// <summary>Imports paragraphs read from a word-processing file: one line each, with its heading level and bold lead length (-1 when unknown).</summary>
    public static ImportResult ImportParagraphs(string text, IReadOnlyList<(int Start, int Length, int HeadingLevel, int BoldLength)> paragraphs, ImportOptions options, CancellationToken cancellationToken)
    {
        CheckText(text, options.File, options.Limits);
        if (paragraphs.Count > options.Limits.MaxParagraphs)
        {
            throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), options.Limits.MaxParagraphs, $"段落超过 {options.Limits.MaxParagraphs} 个 (more than {options.Limits.MaxParagraphs} paragraphs)", options.File);
        }

        var context = new ImportContext(new LineMap(text, options.File), options, cancellationToken);
        var lines = new List<TextLine>(paragraphs.Count);
        foreach (var (start, length, level, bold) in paragraphs)
        {
            var span = SourceSpan.FromSource(text, start, length);
            var line = MarkdownLine.Read(span, markdown: false);
            var lead = 0;
            while (lead < span.Length && Chars.IsSpace(span[lead]))
            {
                lead++;
            }

            var boldLength = bold < 0 ? line.BoldLength : Math.Min(line.Text.Length, bold >= length ? line.Text.Length : bold - lead);
            lines.Add(new TextLine(line.Text, level > 0 ? level : line.HeadingLevel, boldLength > 0 ? boldLength : -1, line.IsRule));
        }

        return DocumentAssembler.Assemble(lines, context, markdown: false, pageNumbers: false);
    }

    private static readonly string[] MarkdownExtensions = { ".md", ".markdown", ".mdown", ".mkd" };

    public static bool IsMarkdownName(string? file)
    {
        if (file is null)
        {
            return false;
        }

        // Called for every text the validator scans: compares the extension in place, allocating nothing.
        foreach (var extension in MarkdownExtensions)
        {
            if (file.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static void CheckText(string text, string? file, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (text.Length > limits.MaxTextLength)
        {
            throw new ImportLimitExceededException(nameof(ImportLimits.MaxTextLength), limits.MaxTextLength, $"文本有 {text.Length} 个字符 (the text has {text.Length} characters)", file);
        }

        var line = 1;
        var hasContent = false;
        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > '\u00A0' && c != '\u3000' && c != '\uFEFF' && c != '\u200B')
            {
                hasContent = true; // the common case (CJK, letters): neither a line break, a control nor a space
                continue;
            }

            if (c == '\n')
            {
                line++;
            }
            else if (c == '\0')
            {
                throw new ReviewImportException("输入含有 NUL 字符，不是文本 (the input contains NUL characters: it is not text).", file, line) { ReasonResource = "RM0100_Reason_NulCharacters" };
            }
            else if (char.IsControl(c) && c != '\r' && c != '\t' && c != '\f' && c != '\v')
            {
                controls++;
            }
            else if (!Chars.IsSpace(c))
            {
                hasContent = true;
            }
        }

        if (!hasContent)
        {
            throw new ReviewImportException("输入为空（没有任何文字）(the input is empty: it holds no text).", file) { ReasonResource = "RM0100_Reason_Empty" };
        }

        if (controls > 16 && controls * 10 > text.Length)
        {
            throw new ReviewImportException("输入含有大量控制字符，不是文本 (the input is mostly control characters: it is not text).", file) { ReasonResource = "RM0100_Reason_ControlCharacters" };
        }
    }
}
