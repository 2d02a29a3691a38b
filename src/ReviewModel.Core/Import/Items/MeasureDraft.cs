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

    /// <summary>The measure's sub-items (一是…, 1.…), made when the first paragraph for them comes.</summary>
    public ItemCollector Items => CollectedItems ??= new ItemCollector();

    /// <summary>The sub-items' collector, or null while none came (most measures have a body and no sub-items).</summary>
    public ItemCollector? CollectedItems { get; private set; }
}
