using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>A measure being collected: title, body paragraphs and sub-items.</summary>
internal sealed class MeasureDraft
{
    public MeasureDraft(SourceSpan title)
    {
        Title = title;
    }

    public SourceSpan Title { get; }

    public List<SourceSpan> Body { get; } = new();

    public ItemCollector Items { get; } = new();
}
