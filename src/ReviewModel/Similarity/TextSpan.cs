namespace ReviewModel.Similarity;

/// <summary>A span of a paragraph's original text: 0-based start and length in characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The end (exclusive).</summary>
    public int End => Start + Length;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
