using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// 原因剖析: causes as <c>（一）</c> headings (then numbered paragraphs inside a cause belong to it), or,
/// without such headings, as <c>一是</c> / <c>1.</c> / bold-lead paragraphs or an inline run.
/// </summary>
internal sealed class CauseSectionDraft : SectionDraft
{
    private readonly ItemCollector _causes = new();
    private bool _styleSet;

    public CauseSectionDraft(SourceSpan? heading)
        : base(heading, HeadingNumberStyle.FullWidth)
    {
    }

    public override void Add(Block block, Block? next)
    {
        if (!HasSubHeadings)
        {
            _causes.Add(block, next);
            return;
        }

        if (block.Kind == MarkerKind.Heading || block.HeadingLevel > 0)
        {
            if (!_styleSet && block.Kind == MarkerKind.Heading)
            {
                Style = block.Marker.Style;
                _styleSet = true;
            }

            _causes.StartItem(block.Content, block.BoldLength > 0 ? block.BoldLength : (block.HeadingLevel > 0 ? block.Content.Length : -1));
        }
        else
        {
            _causes.Continue(block.Raw);
        }
    }

    public override Section Build(ImportContext context)
    {
        if (!HasSubHeadings && !_causes.Inline && _causes.NumberedStyle is { } numbered)
        {
            Style = Text.ChineseText.HeadingStyleOf(numbered); // causes numbered as a list (1. / 一是): written back the same way
        }

        var causes = ModelFactory.ArrayOf<Cause>(ModelFactory.CountNonEmpty(_causes.Items));
        var at = 0;
        foreach (var item in _causes.Items)
        {
            if (!item.IsEmpty)
            {
                causes[at++] = ModelFactory.Cause(context, item, ElementIds.Cause(++context.CauseCount));
            }
        }

        return new CauseSection(HeadingText, ValueList<Cause>.Adopt(causes), Style, context.Paragraphs(_causes.Intro), context.Paragraphs(_causes.Closing), HeadingSource(context));
    }
}
