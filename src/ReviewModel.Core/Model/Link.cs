namespace ReviewModel.Model;

/// <summary>
/// A link from one element to another by ID: a measure addresses a problem, a measure remedies a
/// cause, a cause explains a problem. Links written by the author are explicit; links an importer
/// proposes are marked <see cref="IsInferred"/>.
/// </summary>
public sealed record Link
{
    /// <summary>Creates a link.</summary>
    /// <param name="targetId">The ID of the element linked to.</param>
    /// <param name="isInferred">Whether a tool proposed the link rather than the author.</param>
    public Link(string targetId, bool isInferred = false)
    {
        TargetId = Guard.NotNull(targetId, nameof(targetId));
        IsInferred = isInferred;
    }

    /// <summary>The ID of the element linked to.</summary>
    public string TargetId { get; }

    /// <summary>Whether a tool proposed the link rather than the author.</summary>
    public bool IsInferred { get; }

    /// <inheritdoc />
    public override string ToString() => IsInferred ? TargetId + "?" : TargetId;
}
