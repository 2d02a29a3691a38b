using System;
using System.Collections.Generic;
using System.Threading;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigBlock = Markdig.Syntax.Block;

namespace ReviewModel.Import;

/// <summary>
/// Reads Markdown input through Markdig's syntax tree (CommonMark with pipe tables and CJK-friendly
/// emphasis) into the importer's lines: one <see cref="TextLine"/> per source line that carries text,
/// with the markup removed and every character's position taken from Markdig's source spans.
/// </summary>
/// <remarks>
/// <para>Markdig decides the Markdown: ATX and setext headings (<see cref="TextLine.HeadingLevel"/>),
/// list items (an ordered item keeps the author's number, <c>1.</c> or <c>1)</c>, in front of its text;
/// a bullet is dropped), block quotes, emphasis (a strong lead phrase gives
/// <see cref="TextLine.BoldLength"/>), backslash escapes, code spans, links (their text), hard and soft
/// line breaks, links, link definitions, HTML blocks and inline HTML (kept as written: an address is content), thematic breaks and markup-only lines
/// (<see cref="TextLine.IsRule"/>), and pipe tables (a genre table's row becomes the line a writer would type
/// for it, see <see cref="GenreTableLayout"/>; any other row is one line, its cells separated by <c> | </c>). Every block Markdig starts is marked <see cref="TextLine.StartsBlock"/>, so that lines of
/// two blocks are never joined into one paragraph.</para>
/// <para>The genre decides the rest, later in the pipeline: which lines of one Markdig paragraph are
/// paragraphs of their own (a <c>（一）</c> or <c>一是</c> line can interrupt a paragraph, see
/// <see cref="ParagraphJoiner"/>), what is a section, an aspect, a problem.</para>
/// <para>Three choices for review materials: an indented code block is an indented paragraph (text pasted
/// with a four-space indent), so each of its lines is read again as Markdown; fenced code and HTML keep
/// their lines as written; a run of three or more <c>*</c> or <c>_</c> is a mask (<c>***</c>), never
/// emphasis, so it stays in the text where the placeholder checks see it. HTML entities
/// (<c>&amp;nbsp;</c>) are kept as written: pasted web chrome is recognised by them.</para>
/// </remarks>
internal sealed class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .UsePreciseSourceLocation()
        .Build();

    private readonly string _source;
    private readonly int[] _lineStarts;

    /// <summary>The source offset of the line the leaf block being read starts on, or -1.</summary>
    private int _blockStart = -1;
    private readonly List<(int Line, TextLine Text)> _lines = new();
    private readonly List<SourceSpan> _parts = new();
    private readonly CancellationToken _cancellationToken;
    private readonly int _maxDepth;
    private int _shift;
    private int _depth;
    private int _checkedParts;
    private bool _lineHasText;
    private int _level;
    private int _boldStart = -1;
    private int _bold = -1;
    private int _prefixStart = -1;
    private bool _startsBlock;

    private MarkdownReader(string source, int maxDepth, CancellationToken cancellationToken)
    {
        _source = source;
        _maxDepth = maxDepth;
        _cancellationToken = cancellationToken;
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The number of source lines (as <see cref="LineMap"/> counts them).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Reads <paramref name="text"/> into lines, one per source line (blank lines included).</summary>
    /// <param name="text">The Markdown source.</param>
    /// <param name="maxLines">The most lines allowed (<see cref="ImportLimits.MaxParagraphs"/>); more raise <see cref="ImportLimitExceededException"/>.</param>
    /// <param name="file">The file, for messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="maxDepth">The deepest nesting of blocks (quotes, lists) and inlines (emphasis, links) read as
    /// Markdown (<see cref="ImportLimits.MaxNestingDepth"/>); deeper content is kept as written.</param>
    /// <returns>The lines, or null when Markdig refuses the text as nested beyond its own depth limit (thousands of
    /// <c>[</c> or <c>*</c>): such text is not Markdown a person wrote, and the caller reads it as plain text.</returns>
    public static List<TextLine>? Read(string text, int maxLines, string? file, CancellationToken cancellationToken, int maxDepth = 256)
    {
        var reader = new MarkdownReader(text, maxDepth, cancellationToken);
        if (reader.LineCount > maxLines)
        {
            throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), maxLines, $"文本超过 {maxLines} 行 (the text has more than {maxLines} lines)", file, maxLines + 1);
        }

        if (Parse(text) is not { } document)
        {
            return null;
        }

        reader.ReadContainer(document);
        return reader.Assemble();
    }

    /// <summary>Markdig's syntax tree, or null when Markdig refuses the text as too deeply nested (it throws
    /// <see cref="ArgumentException"/> then; nothing else of Markdig's is caught).</summary>
    private static MarkdownDocument? Parse(string text)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.IndexOf("depth limit", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }
    }

    /// <summary>Puts the read lines in source order, with a blank line for each empty source line and a rule
    /// line for each line that holds markup only (a fence, a setext underline, a table's delimiter row).</summary>
    private List<TextLine> Assemble()
    {
        var result = new List<TextLine>(_lineStarts.Length);
        var next = 0;
        foreach (var (line, text) in _lines)
        {
            for (; next < line; next++)
            {
                result.Add(Uncovered(next));
            }

            result.Add(text);
            next = Math.Max(next, line + 1);
        }

        for (; next < _lineStarts.Length; next++)
        {
            result.Add(Uncovered(next));
        }

        return result;
    }

    private TextLine Uncovered(int line)
    {
        var raw = SourceLine(line).Trim();
        return raw.Length == 0
            ? new TextLine(SourceSpan.Empty, 0, -1, raw: raw)
            : new TextLine(SourceSpan.Empty, 0, -1, isRule: true, raw: raw);
    }

    private SourceSpan SourceLine(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _source.Length;
        while (end > start && (_source[end - 1] == '\n' || _source[end - 1] == '\r'))
        {
            end--;
        }

        return SourceSpan.FromSource(_source, start, end - start);
    }

    private int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    private void ReadContainer(ContainerBlock container)
    {
        if (_depth >= _maxDepth)
        {
            ReadAsWritten(container); // nested deeper than ImportLimits.MaxNestingDepth: the lines as written
            return;
        }

        _depth++;
        try
        {
            ReadChildren(container);
        }
        finally
        {
            _depth--;
        }
    }

    private void ReadChildren(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if ((_lines.Count & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            ReadBlock(block);
        }
    }

    private void ReadBlock(MarkdigBlock block)
    {
        switch (block)
        {
            case Table table:
                ReadTable(table);
                break;
            case LinkReferenceDefinitionGroup group:
                ReadAsWritten(group);
                break;
            case ListBlock list:
                foreach (var item in list)
                {
                    if (item is ListItemBlock listItem)
                    {
                        if (list.IsOrdered)
                        {
                            _prefixStart = _shift + listItem.Span.Start;
                        }

                        ReadContainer(listItem);
                        _prefixStart = -1;
                    }
                }

                break;
            case ContainerBlock container:
                ReadContainer(container);
                break;
            case ThematicBreakBlock:
                // Left uncovered: Assemble gives it a rule line.
                break;
            case HeadingBlock heading:
                _startsBlock = true;
                ReadInlines(heading, heading.Level, breaks: true);
                break;
            case CodeBlock code when code is not FencedCodeBlock && code.Lines.Count > 0 && _shift == 0:
                ReadIndented(code);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                _startsBlock = true;
                ReadInlines(leaf, 0, breaks: true);
                break;
            case LeafBlock leaf:
                ReadLiteralLines(leaf);
                break;
        }
    }

    /// <summary>A pipe table. When its header row names the genre's columns (<see cref="GenreTableLayout"/>: 问题, 整改措施,
    /// 责任人, 完成时限…), each row becomes the line a writer would type for it, placed at the row, as for a table pasted
    /// with tabs (<see cref="TabSeparatedTable"/>); any other table keeps its rows as lines of text.</summary>
    private void ReadTable(Table table)
    {
        GenreTableLayout? layout = null;
        var number = 0;
        foreach (var row in table)
        {
            if (row is not TableRow tableRow)
            {
                continue;
            }

            if (tableRow.IsHeader && layout is null && number == 0)
            {
                layout = GenreTableLayout.FromHeader(CellTexts(tableRow));
                if (layout is not null)
                {
                    continue; // the header row: a rule line in Assemble
                }
            }

            if (layout is null)
            {
                ReadRow(tableRow);
                continue;
            }

            if (layout.RowLine(CellTexts(tableRow), number + 1, out var bold) is { } typed)
            {
                number++;
                var line = LineOf(Offset(tableRow.Span.Start));
                var raw = SourceLine(line).Trim();
                _lines.Add((line, new TextLine(SourceSpan.Inserted(typed, raw.OffsetAt(0)), 0, bold, raw: raw) { StartsBlock = true }));
            }
        }
    }

    /// <summary>The text of each cell of a row, markup removed.</summary>
    private List<string> CellTexts(TableRow row)
    {
        var texts = new List<string>();
        foreach (var cell in row)
        {
            if (cell is not TableCell tableCell)
            {
                continue;
            }

            foreach (var child in tableCell)
            {
                if (child is LeafBlock { Inline: { } inline })
                {
                    ReadInline(inline, breaks: false);
                }
            }

            texts.Add(SourceSpan.Join(_parts, string.Empty).Trim().Text);
            _parts.Clear();
            _checkedParts = 0;
            _lineHasText = false;
            _bold = -1;
            _boldStart = -1;
        }

        return texts;
    }

    /// <summary>A table row: the cells' text in one line, separated by <c> | </c>.</summary>
    private void ReadRow(TableRow row)
    {
        _startsBlock = true;
        var first = true;
        foreach (var cell in row)
        {
            if (cell is not TableCell tableCell)
            {
                continue;
            }

            if (!first && _parts.Count > 0)
            {
                _parts.Add(SourceSpan.Inserted(" | ", Offset(tableCell.Span.Start)));
            }

            first = false;
            foreach (var child in tableCell)
            {
                if (child is LeafBlock { Inline: { } inline })
                {
                    ReadInline(inline, breaks: false);
                }
            }
        }

        EndLine(0, Offset(row.Span.Start));
    }

    /// <summary>Link reference definitions (<c>[1]: http://…</c>): an address is content, so each line stays as written.</summary>
    private void ReadAsWritten(MarkdigBlock block)
    {
        if (block.Span.IsEmpty)
        {
            return;
        }

        var first = LineOf(Offset(block.Span.Start));
        var last = LineOf(Math.Min(_source.Length, Offset(block.Span.End)));
        for (var line = first; line <= last; line++)
        {
            _startsBlock = true;
            _parts.Add(SourceLine(line));
            EndLine(0, _lineStarts[line]);
        }
    }

    /// <summary>Fenced code and HTML: each line as written.</summary>
    private void ReadLiteralLines(LeafBlock leaf)
    {
        _startsBlock = true;
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            var slice = line.Slice;
            if (slice.Text is null || slice.Length <= 0)
            {
                continue;
            }

            _parts.Add(Span(slice.Text.Substring(slice.Start, slice.Length), line.Position));
            EndLine(0, Offset(line.Position));
        }
    }

    /// <summary>An indented code block is an indented paragraph: each line is read again as Markdown, in place.</summary>
    private void ReadIndented(CodeBlock code)
    {
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            var slice = line.Slice;
            if (slice.Text is null || slice.Length <= 0)
            {
                continue;
            }

            var text = slice.Text.Substring(slice.Start, slice.Length);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (Parse(text) is not { } document)
            {
                _startsBlock = true;
                _parts.Add(Span(text, line.Position));
                EndLine(0, line.Position);
                continue;
            }

            _shift = ReferenceEquals(slice.Text, _source) ? slice.Start : Math.Max(line.Position, _source.IndexOf(text, Math.Min(line.Position, _source.Length), StringComparison.Ordinal));
            ReadContainer(document);
            _shift = 0;
        }
    }

    private void ReadInlines(LeafBlock leaf, int level, bool breaks)
    {
        if (_prefixStart >= 0)
        {
            var end = Offset(leaf.Span.Start);
            if (end > _prefixStart)
            {
                _parts.Add(SourceSpan.FromSource(_source, _prefixStart, end - _prefixStart));
            }

            _prefixStart = -1;
        }

        _level = level;
        _blockStart = _shift == 0 && leaf.Line >= 0 && leaf.Line < _lineStarts.Length ? _lineStarts[leaf.Line] : -1;
        ReadInline(leaf.Inline!, breaks);
        EndLine(level, _blockStart >= 0 && Offset(leaf.Span.Start) < _blockStart ? _blockStart : Offset(leaf.Span.Start));
        _blockStart = -1;
        _level = 0;
    }

    private void ReadInline(ContainerInline container, bool breaks)
    {
        if (_depth >= _maxDepth)
        {
            AddSource(container.Span); // nested deeper than ImportLimits.MaxNestingDepth: the text as written
            return;
        }

        _depth++;
        try
        {
            ReadInlineChildren(container, breaks);
        }
        finally
        {
            _depth--;
        }
    }

    private void ReadInlineChildren(ContainerInline container, bool breaks)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.ToString(), literal.Span);
                    break;
                case LineBreakInline lineBreak:
                    if (breaks)
                    {
                        EndLine(_level, Offset(lineBreak.Span.Start));
                    }

                    break;
                case CodeInline code:
                    AddText(code.Content, code.Span);
                    break;
                case HtmlEntityInline entity:
                    AddSource(entity.Span);
                    break;
                case HtmlInline html:
                    AddSource(html.Span);
                    break;
                case EmphasisInline emphasis when IsMask(emphasis):
                    AddSource(new Markdig.Syntax.SourceSpan(emphasis.Span.Start, emphasis.Span.Start + emphasis.DelimiterCount - 1));
                    ReadInline(emphasis, breaks);
                    AddSource(new Markdig.Syntax.SourceSpan(emphasis.Span.End - emphasis.DelimiterCount + 1, emphasis.Span.End));
                    break;
                case EmphasisInline emphasis:
                    var lead = emphasis.DelimiterCount >= 2 && _boldStart < 0 && _bold < 0 && IsLineStart();
                    var from = _parts.Count;
                    if (lead)
                    {
                        _boldStart = from;
                    }

                    ReadInline(emphasis, breaks);
                    if (lead)
                    {
                        _bold = TextLength(from);
                        _boldStart = -1;
                    }

                    break;
                case LinkInline or AutolinkInline:
                    AddSource(inline.Span);
                    break;
                case DelimiterInline delimiter:
                    // A delimiter Markdig left unmatched (a lone "[" or "**"): the text as written.
                    AddText(delimiter.ToLiteral(), delimiter.Span);
                    ReadInline(delimiter, breaks);
                    break;
                case ContainerInline inner:
                    ReadInline(inner, breaks);
                    break;
                default:
                    AddSource(inline.Span);
                    break;
            }
        }
    }

    /// <summary>A run of three or more <c>*</c> or <c>_</c> around the emphasis in the source: a mask, not emphasis.</summary>
    private bool IsMask(EmphasisInline emphasis)
    {
        var at = Offset(emphasis.Span.Start);
        var mark = emphasis.DelimiterChar;
        if (at < 0 || at >= _source.Length || _source[at] != mark)
        {
            return false;
        }

        var start = at;
        var end = at;
        while (start > 0 && _source[start - 1] == mark)
        {
            start--;
        }

        while (end + 1 < _source.Length && _source[end + 1] == mark)
        {
            end++;
        }

        return end - start + 1 >= 3;
    }

    /// <summary>Whether the line has no text yet (a bullet aside). Incremental over the parts, so a line with many
    /// emphases stays linear.</summary>
    private bool IsLineStart()
    {
        for (; _checkedParts < _parts.Count && !_lineHasText; _checkedParts++)
        {
            var text = _parts[_checkedParts].Text.Trim();
            _lineHasText = text.Length > 0 && text != "\u2022" && text != "·";
        }

        return !_lineHasText;
    }

    private int TextLength(int from)
    {
        var parts = new List<SourceSpan>();
        for (var i = from; i < _parts.Count; i++)
        {
            parts.Add(_parts[i]);
        }

        return SourceSpan.Join(parts, string.Empty).Trim().Length;
    }

    private int Offset(int markdigOffset) => _shift + markdigOffset;

    /// <summary>Adds <paramref name="text"/> read from the source at <paramref name="span"/>: in place where the
    /// source holds it (a literal, an escaped character, the inside of a code span), else inserted at the span.</summary>
    private void AddText(string text, Markdig.Syntax.SourceSpan span)
    {
        if (text.Length == 0)
        {
            return;
        }

        _parts.Add(Span(text, Offset(span.Start), span.IsEmpty ? 0 : span.Length));
    }

    private SourceSpan Span(string text, int start, int length = -1)
    {
        if (start >= 0 && start + text.Length <= _source.Length)
        {
            if (string.CompareOrdinal(_source, start, text, 0, text.Length) == 0)
            {
                return SourceSpan.FromSource(_source, start, text.Length);
            }

            var window = Math.Min(_source.Length - start, Math.Max(length, text.Length));
            var at = window >= text.Length ? _source.IndexOf(text, start, window, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                return SourceSpan.FromSource(_source, at, text.Length);
            }
        }

        // Markdig gives a heading whose marker is followed by a tab spans in a tab-expanded copy of its line, not in
        // the source: look for the text from the start of the block's own line (Markdig's line numbers are right).
        if (_blockStart >= 0 && start < _blockStart)
        {
            var window = Math.Min(_source.Length - _blockStart, ImportThresholds.MaxMarkdownBlockSearch);
            var at = window >= text.Length ? _source.IndexOf(text, _blockStart, window, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                return SourceSpan.FromSource(_source, at, text.Length);
            }

            return SourceSpan.Inserted(text, _blockStart);
        }

        return SourceSpan.Inserted(text, Math.Max(0, Math.Min(start, _source.Length)));
    }

    private void AddSource(Markdig.Syntax.SourceSpan span)
    {
        if (span.IsEmpty || span.Length <= 0)
        {
            return;
        }

        var start = Offset(span.Start);
        var length = Math.Min(span.Length, _source.Length - start);
        if (start >= 0 && length > 0)
        {
            _parts.Add(SourceSpan.FromSource(_source, start, length));
        }
    }

    private void EndLine(int level, int fallbackOffset)
    {
        var text = SourceSpan.Join(_parts, string.Empty).Trim();
        var bold = _bold;
        _parts.Clear();
        _checkedParts = 0;
        _lineHasText = false;
        _bold = -1;
        _boldStart = -1;
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length > 2 && (text[0] == '\u2022' || text[0] == '·') && (text[1] == ' ' || text[1] == '\t'))
        {
            text = text.Slice(2).TrimStart();
        }

        var offset = text.HasPosition ? text.OffsetAt(0) : fallbackOffset;
        var line = LineOf(Math.Max(0, Math.Min(offset, _source.Length)));
        bold = bold <= 0 ? -1 : Math.Min(bold, text.Length);
        _lines.Add((line, new TextLine(text, level, bold, raw: SourceLine(line).Trim()) { StartsBlock = _startsBlock }));
        _startsBlock = false;
    }
}
