using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>
/// A problem of this year's material whose substance was already written in an earlier one (年年提): the problem,
/// the earlier material and problem, the similarity, and the phrases both share that explain the match.
/// </summary>
public sealed record Recurrence
{
    /// <summary>Creates one.</summary>
    /// <param name="path">The problem's document path this year.</param>
    /// <param name="problemId">Its ID.</param>
    /// <param name="problem">Its text (lead, body, examples).</param>
    /// <param name="previous">The earlier material's label (year).</param>
    /// <param name="previousPath">The earlier problem's document path.</param>
    /// <param name="previousProblemId">The earlier problem's ID.</param>
    /// <param name="similarity">Weighted similarity, 0–1.</param>
    /// <param name="sharedPhrases">The longest phrases both share, stock phrases left out.</param>
    public Recurrence(string path, string problemId, string problem, string previous, string previousPath, string previousProblemId, double similarity, ValueList<string> sharedPhrases)
    {
        Path = path;
        ProblemId = problemId;
        Problem = problem;
        Previous = previous;
        PreviousPath = previousPath;
        PreviousProblemId = previousProblemId;
        Similarity = similarity;
        SharedPhrases = sharedPhrases;
    }

    /// <summary>The problem's document path this year.</summary>
    public string Path { get; }

    /// <summary>Its ID.</summary>
    public string ProblemId { get; }

    /// <summary>Its text.</summary>
    public string Problem { get; }

    /// <summary>The earlier material's label.</summary>
    public string Previous { get; }

    /// <summary>The earlier problem's document path.</summary>
    public string PreviousPath { get; }

    /// <summary>The earlier problem's ID.</summary>
    public string PreviousProblemId { get; }

    /// <summary>The similarity.</summary>
    public double Similarity { get; }

    /// <summary>The shared phrases.</summary>
    public ValueList<string> SharedPhrases { get; }
}
