using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Collects a list of items with the paragraphs around them: intro paragraphs before the first item,
/// items (paragraphs starting with a marker, bold lead or heading, and <c>一是…二是…</c> runs inside a
/// paragraph), paragraphs continuing the last item, and closing paragraphs (总之……).
/// </summary>
internal sealed class ItemCollector
{
    private static readonly string[] ClosingWords = { "总之", "综上", "总的来说", "总而言之", "以上" };

    public List<SourceSpan> Intro { get; } = new();

    public List<ItemDraft> Items { get; } = new();

    public List<SourceSpan> Closing { get; } = new();

    /// <summary>Whether items ran on inside one paragraph.</summary>
    public bool Inline { get; private set; }

    public void Add(Block block, Block? next)
    {
        if (block.Kind == MarkerKind.Item)
        {
            AddItemParagraph(block);
        }
        else if (block.StartsItem)
        {
            StartItem(block.Content, block.BoldLength > 0 ? block.BoldLength : (block.HeadingLevel > 0 || IsBareTitle(block) ? block.Content.Length : -1));
        }
        else
        {
            AddPlain(block.Raw, next);
        }
    }

    public void StartItem(SourceSpan content, int leadHint)
    {
        FlushClosing();
        Items.Add(new ItemDraft(content, leadHint));
    }

    /// <summary>A paragraph starting with <c>N是</c>: it may hold several items (N是…N+1是…).</summary>
    public void AddItemParagraph(Block block)
    {
        FlushClosing();
        var content = block.Content;
        var found = InlineItemScanner.Scan(content.Text, block.Marker.Number + 1);
        var firstEnd = found.Count > 0 ? found[0].MarkerStart : content.Length;
        var first = content.Slice(0, firstEnd).Trim();
        Items.Add(new ItemDraft(first, block.BoldLength > 0 && block.BoldLength < first.Length ? block.BoldLength : -1));
        if (found.Count > 0)
        {
            Inline = true;
        }

        AddFound(content, found);
    }

    /// <summary>A paragraph without a marker: inline items, an intro, a continuation or a closing.</summary>
    public void AddPlain(SourceSpan raw, Block? next)
    {
        var found = InlineItemScanner.Scan(raw.Text, 1);
        if (found.Count >= 2 || (found.Count == 1 && next is not null && next.IsItemNumber(2)))
        {
            var prefix = raw.Slice(0, found[0].MarkerStart).Trim();
            if (prefix.Length > 0)
            {
                if (Items.Count == 0)
                {
                    Intro.Add(prefix);
                }
                else
                {
                    Continue(prefix);
                }
            }

            FlushClosing();
            Inline = true;
            AddFound(raw, found);
            return;
        }

        Continue(raw);
    }

    /// <summary>A paragraph that starts nothing: intro before the items, closing after 总之, otherwise part of the last item.</summary>
    public void Continue(SourceSpan raw)
    {
        if (Items.Count == 0)
        {
            Intro.Add(raw);
        }
        else if (Closing.Count > 0 || IsClosing(raw.Text))
        {
            Closing.Add(raw);
        }
        else
        {
            Items[Items.Count - 1].Parts.Add(raw);
        }
    }

    public static bool IsClosing(string text)
    {
        if (IsDateLine(text))
        {
            return true; // the date under the signature
        }

        foreach (var word in ClosingWords)
        {
            if (text.StartsWith(word, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that is only a date: 2025年1月10日, 二〇二五年一月十日, 2025-01-10.</summary>
    private static bool IsDateLine(string text)
    {
        var t = text.Trim();
        if (t.Length < 6 || t.Length > 16)
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
        var text = block.Content.Text;
        if (text.Length == 0 || text.Length > 40 || block.Kind == MarkerKind.None)
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

    private void AddFound(SourceSpan text, List<InlineItem> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].MarkerStart : text.Length;
            Items.Add(new ItemDraft(text.Slice(found[i].ContentStart, end - found[i].ContentStart).Trim(), -1));
        }
    }

    private void FlushClosing()
    {
        if (Closing.Count == 0 || Items.Count == 0)
        {
            return;
        }

        Items[Items.Count - 1].Parts.AddRange(Closing);
        Closing.Clear();
    }
}
