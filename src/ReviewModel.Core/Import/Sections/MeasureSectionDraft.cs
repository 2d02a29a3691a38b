using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// 整改措施: measures as <c>（一）</c> headings with a title sentence, body and sub-items (<c>一是</c>
/// inline or starting paragraphs, <c>1.</c>), or, without such headings, as numbered / bold-lead
/// paragraphs. Owner, unit, deadline and standard written in the text are read into the measure.
/// </summary>
internal sealed class MeasureSectionDraft : SectionDraft
{
    /// <summary>The measures as a flat list of items, when the section has no sub-headings (made when first used).</summary>
    private ItemCollector? _flat;
    private readonly List<MeasureDraft> _measures = new();
    private readonly List<SourceSpan> _intro = new();
    /// <summary>Closing paragraphs after the last measure (made when the first one comes).</summary>
    private List<SourceSpan>? _closing;
    private bool _styleSet;

    public MeasureSectionDraft(SourceSpan? heading)
        : base(heading, HeadingNumberStyle.FullWidth)
    {
    }

    private ItemCollector Flat => _flat ??= new ItemCollector();

    public override void Add(Block block, Block? next)
    {
        if (!HasSubHeadings)
        {
            Flat.Add(block, next);
            return;
        }

        if (block.Kind == MarkerKind.Heading || (block.HeadingLevel > 0 && block.Kind != MarkerKind.Item && block.Kind != MarkerKind.Arabic))
        {
            if (!_styleSet && block.Kind == MarkerKind.Heading)
            {
                Style = block.Marker.Style;
                _styleSet = true;
            }

            MoveClosingIntoLastMeasure();
            var content = block.Content;
            var lead = block.BoldLength > 0 ? block.BoldLength : (block.HeadingLevel > 0 ? content.Length : LeadSplitter.LeadLength(content.AsSpan(), -1, -1));
            var measure = new MeasureDraft(content.Slice(0, lead));
            _measures.Add(measure);
            if (!content.IsBlank(lead, content.Length - lead))
            {
                AddToMeasure(measure, content.Slice(lead).Trim(), next);
            }
            return;
        }

        if (_measures.Count == 0)
        {
            _intro.Add(block.Raw);
            return;
        }

        var current = _measures[_measures.Count - 1];
        if (_closing is { Count: > 0 } || (!block.StartsItem && ItemCollector.IsClosing(block.Raw.AsSpan())))
        {
            (_closing ??= new List<SourceSpan>()).Add(block.Raw);
            return;
        }

        if (block.StartsItem)
        {
            current.Items.Add(block, next);
        }
        else
        {
            AddToMeasure(current, block.Raw, next);
        }
    }

    public override Section Build(ImportContext context)
    {
        // One measure per draft at most (a draft with no text gives none): filled in order, cut to the count at the end.
        var measures = ModelFactory.ArrayOf<Measure>(HasSubHeadings ? _measures.Count : Flat.Items.Count);
        var count = 0;
        ValueList<Paragraph> intro;
        ValueList<Paragraph> closing;
        if (HasSubHeadings)
        {
            foreach (var draft in _measures)
            {
                Add(measures, ref count, Build(context, draft));
            }

            intro = context.Paragraphs(_intro);
            closing = context.Paragraphs(_closing ?? (IReadOnlyList<SourceSpan>)System.Array.Empty<SourceSpan>());
        }
        else
        {
            foreach (var item in Flat.Items)
            {
                var full = item.Full();
                var lead = item.LeadLength(full.AsSpan(), -1);
                var draft = new MeasureDraft(full.Slice(0, lead));
                AddToMeasure(draft, full.Slice(lead), null);
                Add(measures, ref count, Build(context, draft));
            }

            intro = context.Paragraphs(Flat.Intro);
            closing = context.Paragraphs(Flat.Closing);
            if (!Flat.Inline && Flat.NumberedStyle is { } numbered)
            {
                Style = Text.ChineseText.HeadingStyleOf(numbered); // measures numbered as a list (1. / 一是): written back the same way
            }
        }

        if (count < measures.Length)
        {
            System.Array.Resize(ref measures, count);
        }

        return new MeasureSection(HeadingText, ValueList<Measure>.Adopt(measures), Style, intro, closing, HeadingSource(context));
    }

    private static void Add(Measure[] measures, ref int count, Measure? measure)
    {
        if (measure is not null)
        {
            measures[count++] = measure;
        }
    }

    /// <summary>Paragraphs taken for a closing are not one when another measure follows: they continue the last measure.</summary>
    private void MoveClosingIntoLastMeasure()
    {
        if (_closing is not { Count: > 0 } || _measures.Count == 0)
        {
            return;
        }

        var last = _measures[_measures.Count - 1];
        foreach (var paragraph in _closing)
        {
            if (last.CollectedItems is { Items.Count: > 0 } collected)
            {
                collected.Items[collected.Items.Count - 1].Add(paragraph);
            }
            else
            {
                last.Body.Add(paragraph);
            }
        }

        _closing.Clear();
    }

    private static void AddToMeasure(MeasureDraft measure, SourceSpan text, Block? next)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (measure.CollectedItems is not { Items.Count: > 0 })
        {
            var found = InlineItemScanner.Scan(text.AsSpan(), 1);
            if (found.Count >= 2 || (found.Count == 1 && next is not null && next.IsItemNumber(2)))
            {
                if (!text.IsBlank(0, found[0].MarkerStart))
                {
                    measure.Body.Add(text.Slice(0, found[0].MarkerStart).Trim());
                }

                measure.Items.AddRun(text, found);
                return;
            }

            measure.Body.Add(text);
            return;
        }

        measure.Items.Continue(text);
    }

    private static Measure? Build(ImportContext context, MeasureDraft draft)
    {
        var collected = draft.CollectedItems; // null when no sub-item came: read as an empty list
        if (draft.Title.Length == 0 && AllEmpty(draft.Body) && (collected is null || (ModelFactory.CountNonEmpty(collected.Items) == 0 && collected.Intro.Count == 0 && collected.Closing.Count == 0)))
        {
            return null; // a bare number with no text
        }

        var id = ElementIds.Measure(++context.MeasureCount);
        if (collected is { Items.Count: 1 } && collected.Items[0].Style is null && collected.Intro.Count == 0)
        {
            // One bold paragraph under the measure's heading is its text, not a list of one.
            var only = collected.Items[0];
            for (var i = 0; i < only.PartCount; i++)
            {
                draft.Body.Add(only.Part(i));
            }

            collected.Items.Clear();
        }

        if (collected is not { Items.Count: > 0 } && draft.Body.Count > 1)
        {
            // A run 一是…二是… broken over paragraphs (text pasted from a PDF): split the joined body.
            var joined = SourceSpan.Join(draft.Body, "\n");
            var found = InlineItemScanner.Scan(joined.AsSpan(), 1);
            if (found.Count >= 2)
            {
                draft.Body.Clear();
                var prefix = joined.Slice(0, found[0].MarkerStart).Trim();
                if (prefix.Length > 0)
                {
                    draft.Body.Add(prefix);
                }

                draft.Items.AddRun(joined, found);
                collected = draft.CollectedItems;
            }
        }

        var items = collected is null ? System.Array.Empty<NumberedItem>() : ModelFactory.Items(context, collected.Items);

        // Paragraphs the item collector saw before any item belong to the body; closing paragraphs end the last
        // item, or the body when there is none.
        var none = (IReadOnlyList<SourceSpan>)System.Array.Empty<SourceSpan>();
        var closing = collected?.Closing ?? none;
        var closingOnItem = items.Length > 0 && closing.Count > 0;
        var body = LineText.Join(draft.Body, collected?.Intro ?? none, closingOnItem ? null : closing);
        if (closingOnItem)
        {
            var last = items[items.Length - 1];
            items[items.Length - 1] = new NumberedItem(last.Lead, LineText.Join(last.Body, closing), last.Source);
        }

        var accountability = MeasureText.Parse(draft.Title.Text, body, items, context.ContextYear);
        return new Measure(
            id,
            draft.Title.Text,
            body,
            ValueList<NumberedItem>.Adopt(items),
            collected is { Inline: true } ? ItemLayout.Inline : ItemLayout.Paragraphs,
            null,
            null,
            accountability.Owners.ToValueList(),
            accountability.OwningUnit,
            accountability.Deadline,
            accountability.Standard,
            context.Locate(draft.Title),
            accountabilityInText: accountability.Owners.Count > 0 || accountability.OwningUnit is not null || accountability.Deadline is not null || accountability.Standard is not null,
            itemNumberStyle: collected?.Style ?? ItemNumberStyle.ChineseOrdinal);
    }

    private static bool AllEmpty(List<SourceSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
