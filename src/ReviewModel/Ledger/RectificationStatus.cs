namespace ReviewModel.Ledger;

/// <summary>
/// Where a 整改事项 stands. The Chinese names (<see cref="RectificationStatuses.Name"/>) are what the ledger
/// writes in JSON and in the workbook; which changes are allowed is <see cref="LedgerTransitions"/>.
/// </summary>
public enum RectificationStatus
{
    /// <summary>未启动: nothing done yet (every entry starts here).</summary>
    NotStarted = 0,

    /// <summary>推进中: work is under way.</summary>
    InProgress = 1,

    /// <summary>已完成: done, awaiting 销号.</summary>
    Completed = 2,

    /// <summary>长期坚持: an ongoing commitment with no end date, kept up year after year.</summary>
    LongTerm = 3,

    /// <summary>已销号: completion approved and the item closed; final.</summary>
    Closed = 4,
}
