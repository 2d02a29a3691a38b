namespace ReviewModel.Text;

/// <summary>A placeholder found in a text: where it starts, how long it is, and what it reads.</summary>
internal readonly struct PlaceholderMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="start">The 0-based offset of its first character.</param>
    /// <param name="length">Its length in characters.</param>
    /// <param name="text">The placeholder as written.</param>
    public PlaceholderMatch(int start, int length, string text)
    {
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>The 0-based offset of its first character.</summary>
    public int Start { get; }

    /// <summary>Its length in characters.</summary>
    public int Length { get; }

    /// <summary>The placeholder as written, e.g. "x月x日".</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Text}@{Start}";
}
