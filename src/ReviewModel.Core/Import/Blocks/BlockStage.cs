using System.Linq;

namespace ReviewModel.Import;

/// <summary>Stage 3, blocks: reads each paragraph's numbering marker (<see cref="Block"/>, <see cref="Marker"/>) and
/// splits headings written inline before their text (<see cref="InlineHeadingSplitter"/>).</summary>
internal static class BlockStage
{
    public static void Run(ImportState state) =>
        state.Blocks = state.Paragraphs.Select(Block.Create).SelectMany(InlineHeadingSplitter.Split).ToList();
}
