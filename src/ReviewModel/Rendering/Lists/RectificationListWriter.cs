using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ReviewModel.Rendering.Docx;

namespace ReviewModel.Rendering.Lists;

/// <summary>
/// Writes the rectification lists of a document as Markdown, CSV (UTF-8 with a byte-order mark, RFC
/// 4180 quoting, so Excel opens Chinese text correctly) or a landscape DOCX table in the official fonts.
/// </summary>
public static class RectificationListWriter
{
    private static readonly ListView[] DefaultViews = { ListView.Rectification };

    /// <summary>
    /// Writes one or more views as Markdown: the document's title as <c>#</c>, then each view's table under a
    /// <c>##</c> heading, blank lines between blocks and one line feed at the end (markdownlint's defaults hold).
    /// </summary>
    /// <param name="list">The lists.</param>
    /// <param name="writer">Where to write; it is left open.</param>
    /// <param name="views">Which views, in order; null for the 整改清单 only.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException">The list or the writer is null.</exception>
    public static void WriteMarkdown(RectificationList list, TextWriter writer, IEnumerable<ListView>? views = null, CancellationToken cancellationToken = default)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var tables = Tables(list, views);
        MarkdownListWriter.WriteTitle(list.Title, writer);
        foreach (var table in tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write('\n');
            MarkdownListWriter.Write(table, writer);
        }
    }

    /// <summary>Writes one view as Markdown and returns it.</summary>
    /// <param name="list">The lists.</param>
    /// <param name="view">Which view.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(RectificationList list, ListView view = ListView.Rectification)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteMarkdown(list, writer, new[] { view });
        return writer.ToString();
    }

    /// <summary>Writes one view as CSV: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.</summary>
    /// <param name="list">The lists.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="view">Which view; default the 整改清单.</param>
    /// <exception cref="ArgumentNullException">The list or the stream is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static void WriteCsv(RectificationList list, Stream output, ListView view = ListView.Rectification)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("输出流不可写 (the output stream is not writable).", nameof(output));
        }

        CsvListWriter.Write(Tables(list, new[] { view })[0], output);
    }

    /// <summary>Writes one or more views as tables in a landscape A4 DOCX, each view on its own page(s).</summary>
    /// <param name="list">The lists.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="views">Which views, in order; null for the 整改清单 only.</param>
    /// <param name="options">Fonts and sizes; null for the GB/T 9704 defaults (table text 小四).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException">The list or the stream is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, no view is given, or an option is out of range.</exception>
    public static void WriteDocx(RectificationList list, Stream output, IEnumerable<ListView>? views = null, DocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        var tables = Tables(list, views);
        DocxListWriter.Write(output, list.Title, tables, options ?? DocxOptions.Default, cancellationToken);
    }

    private static List<ListTable> Tables(RectificationList list, IEnumerable<ListView>? views)
    {
        if (list is null)
        {
            throw new ArgumentNullException(nameof(list));
        }

        var chosen = (views ?? DefaultViews).ToList();
        if (chosen.Count == 0)
        {
            throw new ArgumentException("至少要选择一个清单视图 (choose at least one list view).", nameof(views));
        }

        return chosen.Select(list.ToTable).ToList();
    }
}
