namespace ReviewModel.Import;

/// <summary>Why the importer proposed a link.</summary>
public enum InferredLinkBasis
{
    /// <summary>The two lists have the same length, so the n-th measure (or cause) is taken to answer the n-th aspect (or cause).</summary>
    SameOrder = 0,

    /// <summary>The two texts share distinctive words.</summary>
    SharedKeywords = 1,
}
