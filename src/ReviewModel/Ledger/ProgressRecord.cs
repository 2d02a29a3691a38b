using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Ledger;

/// <summary>
/// One dated line of an entry's progress log (整改进展): who did what, the evidence (a file name or
/// document number such as “市委办〔2022〕3号”), and the status it changed to, if it changed one.
/// </summary>
public sealed record ProgressRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="date">When.</param>
    /// <param name="by">Who reported it (填报人), may be empty.</param>
    /// <param name="what">What was done.</param>
    /// <param name="evidence">Evidence references (佐证材料).</param>
    /// <param name="status">The status the entry changed to with this record, or null for progress only.</param>
    public ProgressRecord(LocalDate date, string by, string what, ValueList<string>? evidence = null, RectificationStatus? status = null)
    {
        Date = date;
        By = Guard.NotNull(by, nameof(by));
        What = Guard.NotNull(what, nameof(what));
        Evidence = evidence ?? ValueList<string>.Empty;
        Status = status;
    }

    /// <summary>When.</summary>
    public LocalDate Date { get; }

    /// <summary>Who reported it.</summary>
    public string By { get; }

    /// <summary>What was done.</summary>
    public string What { get; }

    /// <summary>Evidence references.</summary>
    public ValueList<string> Evidence { get; }

    /// <summary>The status the entry changed to, or null.</summary>
    public RectificationStatus? Status { get; }
}
