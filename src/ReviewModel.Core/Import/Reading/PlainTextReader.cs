using System;
using System.Collections.Generic;
using System.Threading;

namespace ReviewModel.Import;

/// <summary>Reads plain text line by line (LF, CRLF or CR), each line through <see cref="MarkdownLine"/>, which
/// tolerates the Markdown-like markup people type in plain text (<c>#</c> headings, bullets, <c>**bold**</c> leads);
/// a genre table pasted as tab-separated rows becomes one typed line per row (<see cref="TabSeparatedTable"/>).</summary>
internal static class PlainTextReader
{
    public static List<TextLine> Read(string text, ImportOptions options, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>(EstimateLineCount(text, options.Limits.MaxParagraphs));
        var start = 0;
        for (var i = NextBreak(text, 0); i <= text.Length; i = NextBreak(text, i + 1))
        {
            if ((lines.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (lines.Count >= options.Limits.MaxParagraphs)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), options.Limits.MaxParagraphs, $"文本超过 {options.Limits.MaxParagraphs} 行 (the text has more than {options.Limits.MaxParagraphs} lines)", options.File, lines.Count + 1);
            }

            lines.Add(MarkdownLine.Read(SourceSpan.FromSource(text, start, i - start)));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        TabSeparatedTable.Rewrite(lines); // a table pasted from Word or a spreadsheet, in the genre's columns
        return lines;
    }

    /// <summary>How many lines the text has, for the list's capacity: its line feeds counted by a vectorised search on
    /// .NET 8, at most <paramref name="maxLines"/> (a text broken by CRs alone grows the list as it goes); not counted on
    /// netstandard2.0.</summary>
    private static int EstimateLineCount(string text, int maxLines)
    {
#if NET8_0_OR_GREATER
        return Math.Min(text.AsSpan().Count('\n') + 1, maxLines);
#else
        return 0;
#endif
    }

    /// <summary>The index of the next line break (CR or LF) at or after <paramref name="from"/>, or the text's length
    /// when there is none (the last line ends there), or <paramref name="from"/> once past the end: a vectorised
    /// search, not a test a character.</summary>
    private static int NextBreak(string text, int from)
    {
        if (from >= text.Length)
        {
            return from;
        }

        var at = text.AsSpan(from).IndexOfAny('\n', '\r');
        return at < 0 ? text.Length : from + at;
    }
}
