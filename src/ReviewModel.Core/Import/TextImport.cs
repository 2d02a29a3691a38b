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
                ?? PlainTextReader.Read(text, options, cancellationToken, context.Map),
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

    /// <summary>
    /// Rejects input that is not text before any stage runs: longer than the limit, holding a NUL character (a binary
    /// file; the error names its line), holding no visible character, or mostly control characters.
    /// </summary>
    public static void CheckText(string text, string? file, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (text.Length > limits.MaxTextLength)
        {
            throw new ImportLimitExceededException(nameof(ImportLimits.MaxTextLength), limits.MaxTextLength, $"文本有 {text.Length} 个字符 (the text has {text.Length} characters)", file);
        }

        var (hasContent, controls) = ScanCharacters(text, file);
        if (!hasContent)
        {
            throw new ReviewImportException("输入为空（没有任何文字）(the input is empty: it holds no text).", file) { ReasonResource = "RM0100_Reason_Empty" };
        }

        if (controls > ImportThresholds.MaxStrayControlCharacters && controls * ImportThresholds.ControlCharacterShareDivisor > text.Length)
        {
            throw new ReviewImportException("输入含有大量控制字符，不是文本 (the input is mostly control characters: it is not text).", file) { ReasonResource = "RM0100_Reason_ControlCharacters" };
        }
    }

    private static ReviewImportException NulCharacter(string? file, int line) =>
        new("输入含有 NUL 字符，不是文本 (the input contains NUL characters: it is not text).", file, line) { ReasonResource = "RM0100_Reason_NulCharacters" };

#if NET8_0_OR_GREATER
    /// <summary>NUL (an error of its own) and the ASCII control characters that count against the input
    /// (<see cref="char.IsControl(char)"/> but not the line breaks and spaces <c>\t \n \v \f \r</c>); the C1 controls
    /// U+0080…U+009F count too (<see cref="ScanCharacters"/>). ASCII only, so the search is a vectorised bitmap.</summary>
    private static readonly System.Buffers.SearchValues<char> NulOrStrayAsciiControls = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>The characters that are not content: every control character (line breaks included) and the spaces of
    /// <see cref="Chars.IsSpace(char)"/>; anything else is a visible character.</summary>
    private static readonly System.Buffers.SearchValues<char> NotContent = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + " \u00A0\u3000\uFEFF\u200B");

    /// <summary>
    /// Whether the text has a visible character, and how many stray control characters it holds; throws at the first NUL
    /// (its line is counted only then). Vectorised searches instead of a branch per character: NUL with the ASCII controls
    /// (none in ordinary text, so one pass), the C1 controls, and the first visible character (usually the first).
    /// </summary>
    private static (bool HasContent, int Controls) ScanCharacters(string text, string? file)
    {
        var span = text.AsSpan();
        var controls = 0;
        for (var at = span.IndexOfAny(NulOrStrayAsciiControls); at >= 0; at = NextOf(span, at + 1, NulOrStrayAsciiControls))
        {
            if (span[at] == '\0')
            {
                throw NulCharacter(file, 1 + span.Slice(0, at).Count('\n'));
            }

            controls++;
        }

        for (var rest = span; rest.IndexOfAnyInRange('\u0080', '\u009F') is var at and >= 0; rest = rest.Slice(at + 1))
        {
            controls++;
        }

        return (span.IndexOfAnyExcept(NotContent) >= 0, controls);
    }

    /// <summary>The index of the next of <paramref name="values"/> in <paramref name="span"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextOf(ReadOnlySpan<char> span, int from, System.Buffers.SearchValues<char> values)
    {
        var at = span.Slice(from).IndexOfAny(values);
        return at < 0 ? -1 : from + at;
    }
#else
    /// <summary>Whether the text has a visible character, and how many stray control characters it holds (not NUL, nor
    /// the line breaks and spaces <c>\t \n \v \f \r</c>); throws at a NUL, naming its line. One pass, a branch a character.</summary>
    private static (bool HasContent, int Controls) ScanCharacters(string text, string? file)
    {
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
                throw NulCharacter(file, line);
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

        return (hasContent, controls);
    }
#endif
}
