using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>An earlier year's material (or the material a ledger tracks), labelled as reports should name it ("2023年度").</summary>
public sealed record PreviousMaterial
{
    /// <summary>Creates one.</summary>
    /// <param name="label">How reports name it: a year, a file name.</param>
    /// <param name="document">The material.</param>
    public PreviousMaterial(string label, ReviewDocument document)
    {
        Label = Guard.NotNull(label, nameof(label));
        Document = Guard.NotNull(document, nameof(document));
    }

    /// <summary>How reports name it.</summary>
    public string Label { get; }

    /// <summary>The material.</summary>
    public ReviewDocument Document { get; }
}
