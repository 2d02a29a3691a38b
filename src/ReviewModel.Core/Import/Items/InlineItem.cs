namespace ReviewModel.Import;

/// <summary>An item marker <c>一是</c> found inside a paragraph: where the marker starts, where the item's text starts, its number.</summary>
internal readonly struct InlineItem
{
    public InlineItem(int markerStart, int contentStart, int number)
    {
        MarkerStart = markerStart;
        ContentStart = contentStart;
        Number = number;
    }

    public int MarkerStart { get; }

    public int ContentStart { get; }

    public int Number { get; }
}
