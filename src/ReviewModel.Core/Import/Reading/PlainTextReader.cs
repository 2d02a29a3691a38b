using System;
using System.Collections.Generic;
using System.Threading;

namespace ReviewModel.Import;

/// <summary>Reads plain text line by line (LF, CRLF or CR), each line through <see cref="MarkdownLine"/>, which
/// tolerates the Markdown-like markup people type in plain text (<c>#</c> headings, bullets, <c>**bold**</c> leads);
/// a genre table pasted as tab-separated rows becomes one typed line per row (<see cref="TabSeparatedTable"/>).</summary>
internal static class PlainTextReader
{
    /// <summary>Reads <paramref name="text"/> into lines.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The limits and file name.</param>
    /// <param name="cancellationToken">Checked every 1,024 lines.</param>
    /// <param name="lineCount">How many lines the text has when already counted (<see cref="LineMap.LineCount"/>), for the
    /// list's capacity; 0 lets the list grow as it goes.</param>
    public static List<TextLine> Read(string text, ImportOptions options, CancellationToken cancellationToken, int lineCount = 0)
    {
        var lines = new List<TextLine>(Math.Min(lineCount, options.Limits.MaxParagraphs));
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
