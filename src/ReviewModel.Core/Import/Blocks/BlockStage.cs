namespace ReviewModel.Import;

/// <summary>Stage 3, blocks: reads each paragraph's numbering marker (<see cref="Block"/>, <see cref="Marker"/>) and
/// splits headings written inline before their text (<see cref="InlineHeadingSplitter"/>).</summary>
internal static class BlockStage
{
    public static void Run(ImportState state)
    {
        var paragraphs = state.Paragraphs;
        var blocks = new System.Collections.Generic.List<Block>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            InlineHeadingSplitter.Split(Block.Create(paragraph), blocks);
        }

        state.Blocks = blocks;
    }
}
