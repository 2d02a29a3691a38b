using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Turns collected items into model elements: lead and body split, examples found, positions set.
/// Each model string is cut once from the characters the item's text views (<see cref="SourceSpan.Substring"/>); the
/// item's whole text is never made a string of its own unless it is one of them.</summary>
internal static class ModelFactory
{
    public static NumberedItem Item(ImportContext context, ItemDraft draft)
    {
        var full = draft.Text();
        var lead = draft.LeadLength(full.AsSpan(), -1);
        return new NumberedItem(full.Substring(0, lead), full.Substring(lead, full.Length - lead), context.Locate(full));
    }

    /// <summary>A problem: its lead, its body up to the first example after the lead, and the examples (比如……), each
    /// running to the next.</summary>
    public static Problem Problem(ImportContext context, ItemDraft draft, string id)
    {
        var full = draft.Text();
        var starts = ExampleScanner.Scan(full.AsSpan(), 1);
        var lead = draft.LeadLength(full.AsSpan(), starts.Count > 0 ? starts[0] : -1);

        // Examples that start inside the lead stay in it.
        var first = 0;
        while (first < starts.Count && starts[first] < lead)
        {
            first++;
        }

        var bodyEnd = first < starts.Count ? starts[first] : full.Length;
        var examples = ArrayOf<Example>(starts.Count - first);
        for (var i = first; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1] : full.Length;
            examples[i - first] = new Example(full.Substring(start, end - start), context.Locate(full, start, end - start));
        }

        return new Problem(id, full.Substring(0, lead), full.Substring(lead, bodyEnd - lead), ValueList<Example>.Adopt(examples), context.Locate(full));
    }

    /// <summary>The items that have text, in order, as numbered items.</summary>
    public static NumberedItem[] Items(ImportContext context, List<ItemDraft> drafts)
    {
        var items = ArrayOf<NumberedItem>(CountNonEmpty(drafts));
        var at = 0;
        foreach (var draft in drafts)
        {
            if (!draft.IsEmpty)
            {
                items[at++] = Item(context, draft);
            }
        }

        return items;
    }

    /// <summary>The number of items that have text.</summary>
    public static int CountNonEmpty(List<ItemDraft> drafts)
    {
        var count = 0;
        foreach (var draft in drafts)
        {
            if (!draft.IsEmpty)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>An array of <paramref name="length"/> elements to fill: the shared empty array when there are none, so
    /// that the many empty lists of a material (no examples, no intro) cost nothing.</summary>
    public static T[] ArrayOf<T>(int length) => length == 0 ? System.Array.Empty<T>() : new T[length];

    public static Cause Cause(ImportContext context, ItemDraft draft, string id)
    {
        var full = draft.Text();
        var lead = draft.LeadLength(full.AsSpan(), -1);
        return new Cause(id, full.Substring(0, lead), full.Substring(lead, full.Length - lead), null, context.Locate(full));
    }
}
