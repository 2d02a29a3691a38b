namespace ReviewModel.Import;

/// <summary>Stage 1, reading: the input's own reader turns it into lines (<see cref="TextLine"/>) with source spans —
/// plain text line by line (<see cref="MarkdownLine"/>), Markdown through Markdig (<see cref="MarkdownReader"/>), a word
/// processor's paragraphs as the formats layer read them.</summary>
internal static class ReadingStage
{
    public static void Run(ImportState state) => state.Lines = state.Read(state);
}
