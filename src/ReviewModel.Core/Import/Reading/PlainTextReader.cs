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
    /// <param name="map">The text's line map when the import has made one (its line starts are where lines are cut, so
    /// the text is not searched for line breaks a second time); made here otherwise.</param>
    public static List<TextLine> Read(string text, ImportOptions options, CancellationToken cancellationToken, LineMap? map = null)
    {
        map ??= new LineMap(text, options.File);
        var count = map.LineCount;
        var lines = new List<TextLine>(Math.Min(count, options.Limits.MaxParagraphs));

        // Empty lines (half of a material's, between its paragraphs) share one line of no position: a blank line only
        // separates paragraphs, and nothing reports where it is.
        TextLine? empty = null;
        for (var k = 0; k < count; k++)
        {
            if ((k & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (k >= options.Limits.MaxParagraphs)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), options.Limits.MaxParagraphs, $"文本超过 {options.Limits.MaxParagraphs} 行 (the text has more than {options.Limits.MaxParagraphs} lines)", options.File, k + 1);
            }

            // A line ends where the next starts, less its break (\n, \r or \r\n); the last one at the end of the text.
            var start = map.LineStart(k);
            var end = k + 1 < count ? map.LineStart(k + 1) - 1 : text.Length;
            if (k + 1 < count && end > start && text[end] == '\n' && text[end - 1] == '\r')
            {
                end--;
            }

            lines.Add(end == start ? empty ??= new TextLine(SourceSpan.Empty, 0, -1) : MarkdownLine.Read(SourceSpan.FromSource(text, start, end - start)));
        }

        if (text.IndexOf('\t') >= 0)
        {
            TabSeparatedTable.Rewrite(lines); // a table pasted from Word or a spreadsheet, in the genre's columns
        }
        return lines;
    }
}
