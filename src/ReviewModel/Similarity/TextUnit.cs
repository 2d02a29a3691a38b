using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>A paragraph of a material, compared as a whole: where it is (document path) and its text.</summary>
public sealed record TextUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="path">The document path, e.g. <c>problems.aspects[0].problems[2]</c>, or <c>paragraphs[4]</c> for plain text.</param>
    /// <param name="text">The text.</param>
    public TextUnit(string path, string text)
    {
        Path = Guard.NotNull(path, nameof(path));
        Text = Guard.NotNull(text, nameof(text));
    }

    /// <summary>The document path.</summary>
    public string Path { get; }

    /// <summary>The text.</summary>
    public string Text { get; }
}
