using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Turns collected items into model elements: lead and body split, examples found, positions set.</summary>
internal static class ModelFactory
{
    public static NumberedItem Item(ImportContext context, ItemDraft draft)
    {
        var full = draft.Full();
        var lead = draft.LeadLength(full, -1);
        return new NumberedItem(full.Text.Substring(0, lead), full.Text.Substring(lead), context.Locate(full));
    }

    public static Problem Problem(ImportContext context, ItemDraft draft, string id)
    {
        var full = draft.Full();
        var text = full.Text;
        var starts = ExampleScanner.Scan(text, 1);
        var lead = draft.LeadLength(full, starts.Count > 0 ? starts[0] : -1);
        var examples = new List<Example>();
        var exampleStarts = starts.Where(s => s >= lead).ToList();
        var bodyEnd = exampleStarts.Count > 0 ? exampleStarts[0] : text.Length;
        for (var i = 0; i < exampleStarts.Count; i++)
        {
            var start = exampleStarts[i];
            var end = i + 1 < exampleStarts.Count ? exampleStarts[i + 1] : text.Length;
            var slice = full.Slice(start, end - start);
            examples.Add(new Example(slice.Text, context.Locate(slice)));
        }

        return new Problem(id, text.Substring(0, lead), text.Substring(lead, bodyEnd - lead), examples.ToValueList(), context.Locate(full));
    }

    public static Cause Cause(ImportContext context, ItemDraft draft, string id)
    {
        var full = draft.Full();
        var lead = draft.LeadLength(full, -1);
        return new Cause(id, full.Text.Substring(0, lead), full.Text.Substring(lead), null, context.Locate(full));
    }
}
