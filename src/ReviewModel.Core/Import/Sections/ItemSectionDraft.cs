using System.Collections.Generic;
using ReviewModel.Model;
using ReviewModel.Text;

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
        var items = ValueList<NumberedItem>.Adopt(ModelFactory.Items(context, _items.Items));

        var intro = context.Paragraphs(_items.Intro);
        var closing = context.Paragraphs(_items.Closing);
        if (_kind == SectionKind.Preparation)
        {
            // The counts are looked for in the section's whole text: intro, every item's paragraphs, closing, run together.
            var buffer = ScratchBuffer.Take(TextLength());
            var all = new BufferText(buffer, AppendText(buffer));
            var section = new PreparationSection(
                HeadingText,
                items,
                CountScanner.StudySessions(all),
                CountScanner.OpinionsSolicited(all),
                CountScanner.TalksHeld(all),
                intro,
                closing,
                HeadingSource(context),
                _items.Style);
            ScratchBuffer.Give(buffer);
            return section;
        }

        return new RectificationSection(HeadingText, items, intro, closing, HeadingSource(context), _items.Style);
    }

    /// <summary>The length of the section's whole text (see <see cref="AppendText"/>).</summary>
    private int TextLength()
    {
        var length = Length(_items.Intro) + Length(_items.Closing);
        foreach (var item in _items.Items)
        {
            for (var i = 0; i < item.PartCount; i++)
            {
                length += item.PartText(i).Length;
            }
        }

        return length;
    }

    /// <summary>Copies the section's whole text into <paramref name="buffer"/>: intro, every item's paragraphs,
    /// closing, run together; returns its length.</summary>
    private int AppendText(char[] buffer)
    {
        var at = Append(buffer, 0, _items.Intro);
        foreach (var item in _items.Items)
        {
            for (var i = 0; i < item.PartCount; i++)
            {
                at = ScratchBuffer.Append(buffer, at, item.PartText(i));
            }
        }

        return Append(buffer, at, _items.Closing);
    }

    private static int Length(IReadOnlyList<SourceSpan> spans)
    {
        var length = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            length += spans[i].Length;
        }

        return length;
    }

    private static int Append(char[] buffer, int at, IReadOnlyList<SourceSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            at = ScratchBuffer.Append(buffer, at, spans[i].AsSpan());
        }

        return at;
    }
}
