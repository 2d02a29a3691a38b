using System.Linq;

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
        context.ContextYear = HeaderReader.ContextYear(state.Title.Text, state.Preamble.Select(p => p.Text).ToList());
        state.Sections = state.Drafts.Select(d => d.Build(context)).ToList();
    }
}
