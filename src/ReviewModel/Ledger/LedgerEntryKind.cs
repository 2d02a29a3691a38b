namespace ReviewModel.Ledger;

/// <summary>What a ledger entry stands for. Anything but <see cref="Linked"/> is flagged for attention.</summary>
public enum LedgerEntryKind
{
    /// <summary>A problem and a measure that addresses it.</summary>
    Linked = 0,

    /// <summary>A problem no measure addresses (flagged: 未制定整改措施).</summary>
    ProblemWithoutMeasure = 1,

    /// <summary>A measure that addresses no problem (flagged).</summary>
    MeasureWithoutProblem = 2,

    /// <summary>A measure that names a problem ID the document does not have (flagged).</summary>
    UnresolvedProblem = 3,
}
