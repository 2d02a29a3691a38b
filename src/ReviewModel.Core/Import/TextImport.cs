using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace ReviewModel.Import;

/// <summary>
/// The text import's entry points in the core: text (plain, or Markdown through Markdig), or paragraphs read by a
/// format reader of a layer above (DOCX), run through the <see cref="ImportPipeline"/>. The public front door is
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
        return ImportPipeline.Run(
            _ => (markdown ? MarkdownReader.Read(text, options.Limits.MaxParagraphs, options.File, cancellationToken, options.Limits.MaxNestingDepth) : null)
                ?? PlainTextReader.Read(text, options, cancellationToken),
            context,
            markdown);
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
        return ImportPipeline.Run(_ => ParagraphReader.Read(text, paragraphs), context, markdown: false, pageNumbers: false);
    }

    public static bool IsMarkdownName(string? file)
    {
        if (file is null)
        {
            return false;
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension is ".md" or ".markdown" or ".mdown" or ".mkd";
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

        if (controls > ImportThresholds.MaxStrayControlCharacters && controls * ImportThresholds.ControlCharacterShareDivisor > text.Length)
        {
            throw new ReviewImportException("输入含有大量控制字符，不是文本 (the input is mostly control characters: it is not text).", file) { ReasonResource = "RM0100_Reason_ControlCharacters" };
        }
    }
}
