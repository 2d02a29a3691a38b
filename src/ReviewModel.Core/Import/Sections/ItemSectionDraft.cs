using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>准备情况 or 上年度整改落实情况: intro, items <c>一是…</c>, closing.</summary>
internal sealed class ItemSectionDraft : SectionDraft
{
    private readonly ItemCollector _items = new();
    private readonly SectionKind _kind;

    public ItemSectionDraft(SectionKind kind, SourceSpan? heading)
        : base(heading, HeadingNumberStyle.FullWidth)
    {
        _kind = kind;
    }

    public override void Add(Block block, Block? next) => _items.Add(block, next);

    public override Section Build(ImportContext context)
    {
        var items = new List<NumberedItem>(_items.Items.Count);
        foreach (var item in _items.Items)
        {
            if (!item.IsEmpty)
            {
                items.Add(ModelFactory.Item(context, item));
            }
        }

        var intro = context.Paragraphs(_items.Intro);
        var closing = context.Paragraphs(_items.Closing);
        if (_kind == SectionKind.Preparation)
        {
            var all = AllText();
            return new PreparationSection(
                HeadingText,
                items.ToValueList(),
                CountScanner.StudySessions(all),
                CountScanner.OpinionsSolicited(all),
                CountScanner.TalksHeld(all),
                intro,
                closing,
                HeadingSource(context),
                _items.Style);
        }

        return new RectificationSection(HeadingText, items.ToValueList(), intro, closing, HeadingSource(context), _items.Style);
    }

    /// <summary>The section's whole text, where the counts are looked for: intro, every item's paragraphs, closing,
    /// run together and copied once.</summary>
    private string AllText()
    {
        var pieces = new List<string>(_items.Intro.Count + _items.Items.Count + _items.Closing.Count);
        AddTexts(pieces, _items.Intro);
        foreach (var item in _items.Items)
        {
            AddTexts(pieces, item.Parts);
        }

        AddTexts(pieces, _items.Closing);
        return string.Concat(pieces.ToArray());
    }

    private static void AddTexts(List<string> pieces, List<SourceSpan> spans)
    {
        foreach (var span in spans)
        {
            pieces.Add(span.Text);
        }
    }
}
