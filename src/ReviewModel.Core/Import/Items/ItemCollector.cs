using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Collects a list of items with the paragraphs around them: intro paragraphs before the first item,
/// items (paragraphs starting with a marker, bold lead or heading, and <c>一是…二是…</c> runs inside a
/// paragraph), paragraphs continuing the last item, and closing paragraphs (总之……). Paragraphs are read in place
/// (<see cref="SourceSpan.AsSpan"/>): collecting makes no string.
/// </summary>
internal sealed class ItemCollector
{
    private static readonly string[] ClosingWords = { "总之", "综上", "总的来说", "总而言之", "以上" };

    /// <summary>The intro's and the closing's paragraphs, made when the first one comes (most lists have neither).</summary>
    private List<SourceSpan>? _intro, _closing;

    /// <summary>The paragraphs before the first item.</summary>
    public IReadOnlyList<SourceSpan> Intro => _intro ?? NoParagraphs;

    public List<ItemDraft> Items { get; } = new();

    /// <summary>The closing paragraphs (总之……), after the last item.</summary>
    public IReadOnlyList<SourceSpan> Closing => _closing ?? NoParagraphs;

    /// <summary>No paragraph: shared, never written to.</summary>
    private static readonly IReadOnlyList<SourceSpan> NoParagraphs = Array.Empty<SourceSpan>();

    /// <summary>How the author numbered the items: the first numbered item's style (一是 when none was numbered).</summary>
    public Model.ItemNumberStyle Style
    {
        get
        {
            foreach (var item in Items)
            {
                if (item.Style is { } style)
                {
                    return style;
                }
            }

            return Model.ItemNumberStyle.ChineseOrdinal;
        }
    }

    /// <summary>The first numbered item's style, or null when no item was numbered (bold leads, plain paragraphs).</summary>
    public Model.ItemNumberStyle? NumberedStyle
    {
        get
        {
            foreach (var item in Items)
            {
                if (item.Style is { } style)
                {
                    return style;
                }
            }

            return null;
        }
    }

    /// <summary>Whether items ran on inside one paragraph.</summary>
    public bool Inline { get; private set; }

    /// <summary>The number of the last <c>N是</c> item, or 0 when the last item had another kind of number.</summary>
    private int LastNumber { get; set; }

    /// <summary>A paragraph kept as text that ends with a lone <c>一是</c> run: if the next paragraph goes on with
    /// <c>二是</c>, the run was broken by a paragraph break (text pasted from a PDF) and is split after all. Null when there
    /// is none; <see cref="_pendingMarker"/> and <see cref="_pendingInIntro"/> tell where its run starts and where it was kept
    /// (fields of their own rather than a nullable tuple, which would take twice the room in every collector).</summary>
    private SourceSpan? _pendingSingle;

    /// <summary>The lone marker of <see cref="_pendingSingle"/>.</summary>
    private InlineItem _pendingMarker;

    /// <summary>Whether <see cref="_pendingSingle"/> was kept in the intro (otherwise in the last item).</summary>
    private bool _pendingInIntro;

    public void Add(Block block, Block? next)
    {
        if (block.StartsItem)
        {
            _pendingSingle = null;
        }

        if (block.Kind == MarkerKind.Item)
        {
            AddItemParagraph(block);
        }
        else if (block.StartsItem)
        {
            StartItem(block.Content, block.BoldLength > 0 ? block.BoldLength : (block.HeadingLevel > 0 || IsBareTitle(block) ? block.Content.Length : -1), block.ItemStyle);
        }
        else
        {
            AddPlain(block.Raw, next);
        }
    }

    public void StartItem(SourceSpan content, int leadHint, Model.ItemNumberStyle? style = null)
    {
        FlushClosing();
        Items.Add(new ItemDraft(content, leadHint, style));
        LastNumber = 0;
    }

    /// <summary>A paragraph starting with <c>N是</c>: it may hold several items (N是…N+1是…).</summary>
    public void AddItemParagraph(Block block)
    {
        FlushClosing();
        var content = block.Content;
        var found = InlineItemScanner.Scan(content.AsSpan(), block.Marker.Number + 1);
        var firstEnd = found.Count > 0 ? found[0].MarkerStart : content.Length;
        var firstLength = content.IsBlank(0, firstEnd) ? 0 : content.TrimmedRange(0, firstEnd).Length;
        Items.Add(Draft(content, 0, firstEnd, block.BoldLength > 0 && block.BoldLength < firstLength ? block.BoldLength : -1, block.ItemStyle));
        if (found.Count > 0)
        {
            Inline = true;
        }

        AddFound(content, found);
        LastNumber = block.Marker.Number + found.Count;
    }

    /// <summary>A paragraph without a marker: inline items, an intro, a continuation or a closing.</summary>
    public void AddPlain(SourceSpan raw, Block? next)
    {
        if (_pendingSingle is { } pending && ResumeBrokenRun(pending, _pendingMarker, _pendingInIntro, raw))
        {
            return;
        }

        _pendingSingle = null;
        var found = InlineItemScanner.Scan(raw.AsSpan(), 1);
        if (found.Count >= 2 || (found.Count == 1 && next is not null && next.IsItemNumber(2)))
        {
            if (!raw.IsBlank(0, found[0].MarkerStart))
            {
                var prefix = raw.Slice(0, found[0].MarkerStart).Trim();
                if (Items.Count == 0)
                {
                    (_intro ??= new List<SourceSpan>()).Add(prefix);
                }
                else
                {
                    Continue(prefix);
                }
            }

            FlushClosing();
            Inline = true;
            AddFound(raw, found);
            LastNumber = found.Count;
            return;
        }

        if (found.Count == 1 && Closing.Count == 0)
        {
            _pendingSingle = raw;
            _pendingMarker = found[0];
            _pendingInIntro = Items.Count == 0;
        }

        if (LastNumber > 0 && Items.Count > 0 && Closing.Count == 0)
        {
            // The run goes on in this paragraph (一是 … in the last one, 二是 … here).
            var more = InlineItemScanner.Scan(raw.AsSpan(), LastNumber + 1);
            if (more.Count > 0)
            {
                if (!raw.IsBlank(0, more[0].MarkerStart))
                {
                    Items[Items.Count - 1].Add(raw.Slice(0, more[0].MarkerStart).Trim());
                }

                Inline = true;
                AddFound(raw, more);
                LastNumber += more.Count;
                return;
            }
        }

        Continue(raw);
    }

    /// <summary>
    /// The run 一是…二是… of <paramref name="text"/> whose markers a caller has found already (<paramref name="found"/>,
    /// positions in <paramref name="text"/>): what <see cref="AddPlain"/> does with the text from the first marker on,
    /// without scanning it again. For a collector that holds no item yet (so no paragraph is pending either).
    /// </summary>
    public void AddRun(SourceSpan text, IReadOnlyList<InlineItem> found)
    {
        _pendingSingle = null;
        FlushClosing();
        Inline = true;
        AddFound(text, found);
        LastNumber = found.Count;
    }

    /// <summary>The last paragraph ended with a lone <c>一是</c>; if this one has <c>二是</c>, split both.</summary>
    private bool ResumeBrokenRun(SourceSpan pending, InlineItem marker, bool inIntro, SourceSpan raw)
    {
        _pendingSingle = null;
        var more = InlineItemScanner.Scan(raw.AsSpan(), 2);
        if (more.Count == 0)
        {
            return false;
        }

        // Take the pending paragraph back from where it was kept, and keep the text before its marker there instead.
        if (!TakeBackLast(pending, inIntro))
        {
            return false;
        }

        var prefix = pending.Slice(0, marker.MarkerStart).Trim();
        if (prefix.Length > 0)
        {
            if (inIntro)
            {
                _intro!.Add(prefix);
            }
            else
            {
                Items[Items.Count - 1].Add(prefix);
            }
        }

        var first = new ItemDraft(pending.Slice(marker.ContentStart).Trim(), -1, Model.ItemNumberStyle.ChineseOrdinal);
        var before = raw.Slice(0, more[0].MarkerStart).Trim();
        if (before.Length > 0)
        {
            first.Add(before);
        }

        Items.Add(first);
        Inline = true;
        AddFound(raw, more);
        LastNumber = 1 + more.Count;
        return true;
    }

    /// <summary>Takes <paramref name="raw"/> back from the end of the intro, or of the last item's paragraphs, where it was
    /// kept; false when it is not there.</summary>
    private bool TakeBackLast(SourceSpan raw, bool fromIntro)
    {
        if (!fromIntro)
        {
            return Items.Count > 0 && Items[Items.Count - 1].RemoveLast(raw);
        }

        if (_intro is not { Count: > 0 } || !ReferenceEquals(_intro[_intro.Count - 1], raw))
        {
            return false;
        }

        _intro.RemoveAt(_intro.Count - 1);
        return true;
    }

    /// <summary>A paragraph that starts nothing: intro before the items, closing after 总之, otherwise part of the last item.</summary>
    public void Continue(SourceSpan raw)
    {
        if (Items.Count == 0)
        {
            (_intro ??= new List<SourceSpan>()).Add(raw);
        }
        else if (Closing.Count > 0 || IsClosing(raw.AsSpan()))
        {
            (_closing ??= new List<SourceSpan>()).Add(raw);
        }
        else
        {
            Items[Items.Count - 1].Add(raw);
        }
    }

    /// <summary>Whether a paragraph closes a list: a date line, or one opening with 总之, 综上, 以上….</summary>
    public static bool IsClosing(ReadOnlySpan<char> text)
    {
        if (IsDateLine(text))
        {
            return true; // the date under the signature
        }

        foreach (var word in ClosingWords)
        {
            if (text.StartsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that is only a date: 2025年1月10日, 二〇二五年一月十日, 2025-01-10.</summary>
    private static bool IsDateLine(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length < ImportThresholds.MinDateLineLength || t.Length > ImportThresholds.MaxDateLineLength)
        {
            return false;
        }

        var year = t.IndexOf('年');
        foreach (var c in t)
        {
            if (!(Chars.IsDigit(c) || Chars.IsNumeral(c) || c == '年' || c == '月' || c == '日' || c == '-' || c == '.' || c == '/' || c == ' '))
            {
                return false;
            }
        }

        return year >= 2 || t.IndexOf('-') == 4;
    }

    /// <summary>A short numbered line without a sentence end ("1. 理论学习不够深入"): a title whose text follows.</summary>
    private static bool IsBareTitle(Block block)
    {
        var text = block.Content.AsSpan();
        if (text.Length == 0 || text.Length > ImportThresholds.MaxHeadingLength || block.Kind == MarkerKind.None)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (Chars.IsSentenceEnd(c) || c == '，' || c == ',')
            {
                return false;
            }
        }

        return true;
    }

    private void AddFound(SourceSpan text, IReadOnlyList<InlineItem> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].MarkerStart : text.Length;
            Items.Add(Draft(text, found[i].ContentStart, end - found[i].ContentStart, -1, Model.ItemNumberStyle.ChineseOrdinal));
        }
    }

    /// <summary>An item whose text is characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/>
    /// of <paramref name="text"/>, trimmed (<c>text.Slice(start, length).Trim()</c>), named as a range of the paragraph
    /// without cutting a span for it; an item of spaces alone keeps the empty cut, which carries its position.</summary>
    private static ItemDraft Draft(SourceSpan text, int start, int length, int leadHint, Model.ItemNumberStyle? style) =>
        text.IsBlank(start, length)
            ? new ItemDraft(text.Slice(start, length).Trim(), leadHint, style)
            : new ItemDraft(text.TrimmedRange(start, length), leadHint, style);

    private void FlushClosing()
    {
        if (Closing.Count == 0 || Items.Count == 0)
        {
            return;
        }

        Items[Items.Count - 1].AddRange(_closing!);
        _closing!.Clear();
    }
}
