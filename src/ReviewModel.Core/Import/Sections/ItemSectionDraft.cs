using System.Linq;
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
        var items = _items.Items.Where(i => !i.IsEmpty).Select(item => ModelFactory.Item(context, item)).ToValueList();
        var intro = context.Paragraphs(_items.Intro);
        var closing = context.Paragraphs(_items.Closing);
        if (_kind == SectionKind.Preparation)
        {
            var all = string.Concat(_items.Intro.Concat(_items.Items.SelectMany(i => i.Parts)).Concat(_items.Closing).Select(s => s.Text));
            return new PreparationSection(
                HeadingText,
                items,
                CountScanner.StudySessions(all),
                CountScanner.OpinionsSolicited(all),
                CountScanner.TalksHeld(all),
                intro,
                closing,
                HeadingSource(context),
                _items.Style);
        }

        return new RectificationSection(HeadingText, items, intro, closing, HeadingSource(context), _items.Style);
    }
}
