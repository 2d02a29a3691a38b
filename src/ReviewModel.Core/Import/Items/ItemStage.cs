using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Stage 5, items: each section draft builds its model section — problems, causes and measures with their
/// leads, examples, owners, deadlines and counts (<see cref="ItemCollector"/>, <see cref="LeadSplitter"/>,
/// <see cref="AccountabilityParser"/>, <see cref="CountScanner"/>). Deadlines written without a year take the
/// year the title or opening names.</summary>
internal static class ItemStage
{
    public static void Run(ImportState state)
    {
        var context = state.Context;
        context.ContextYear = HeaderReader.ContextYear(state.Title.Text, state.Preamble);
        var sections = new List<Section>(state.Drafts.Count);
        foreach (var draft in state.Drafts)
        {
            sections.Add(draft.Build(context));
        }

        state.Sections = sections;
    }
}
