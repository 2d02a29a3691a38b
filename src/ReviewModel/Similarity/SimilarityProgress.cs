namespace ReviewModel.Similarity;

/// <summary>How far a long similarity run has got: materials done out of the total, in which stage.</summary>
public readonly struct SimilarityProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="stage">What is being done: "索引" (indexing) or "比对" (comparing).</param>
    /// <param name="done">Materials done.</param>
    /// <param name="total">Materials in all.</param>
    public SimilarityProgress(string stage, int done, int total)
    {
        Stage = stage;
        Done = done;
        Total = total;
    }

    /// <summary>What is being done.</summary>
    public string Stage { get; }

    /// <summary>Materials done.</summary>
    public int Done { get; }

    /// <summary>Materials in all.</summary>
    public int Total { get; }
}
