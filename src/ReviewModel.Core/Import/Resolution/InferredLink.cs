namespace ReviewModel.Import;

/// <summary>
/// A link the importer proposed (real materials never write them): from a measure or cause to a
/// problem or cause, with why. The same link is in the document, marked <see cref="Model.Link.IsInferred"/>.
/// </summary>
public sealed record InferredLink
{
    /// <summary>Creates an inferred link.</summary>
    /// <param name="fromId">The measure or cause that holds the link.</param>
    /// <param name="kind">What the link says.</param>
    /// <param name="targetId">The problem or cause linked to.</param>
    /// <param name="basis">Why it was proposed.</param>
    /// <param name="score">How strong the evidence is, 0…1 (1 for <see cref="InferredLinkBasis.SameOrder"/>).</param>
    public InferredLink(string fromId, InferredLinkKind kind, string targetId, InferredLinkBasis basis, double score)
    {
        FromId = fromId;
        Kind = kind;
        TargetId = targetId;
        Basis = basis;
        Score = score;
    }

    /// <summary>The measure or cause that holds the link.</summary>
    public string FromId { get; }

    /// <summary>What the link says.</summary>
    public InferredLinkKind Kind { get; }

    /// <summary>The problem or cause linked to.</summary>
    public string TargetId { get; }

    /// <summary>Why it was proposed.</summary>
    public InferredLinkBasis Basis { get; }

    /// <summary>How strong the evidence is, 0…1.</summary>
    public double Score { get; }

    /// <inheritdoc />
    public override string ToString() => $"{FromId} -{Kind}-> {TargetId}? ({Basis}, {Score:0.00})";
}
