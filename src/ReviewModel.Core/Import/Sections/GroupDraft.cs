namespace ReviewModel.Import;

/// <summary>An aspect group being collected: its heading (null for problems under no heading) and its items.</summary>
internal sealed class GroupDraft
{
    public GroupDraft(SourceSpan? heading, int headingLevel)
    {
        Heading = heading;
        HeadingLevel = headingLevel;
    }

    public SourceSpan? Heading { get; }

    public int HeadingLevel { get; }

    public ItemCollector Items { get; } = new();
}
