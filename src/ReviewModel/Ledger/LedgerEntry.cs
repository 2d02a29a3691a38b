using System.Linq;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Ledger;

/// <summary>
/// One 整改事项 of a <see cref="RectificationLedger"/>: a problem and the measure that addresses it (or a
/// flagged problem with none), who answers for it by when to what standard, its status and dated progress
/// log, and — once approved — the 销号 date and approver. Immutable; change it through
/// <see cref="RectificationLedger.Update"/>.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>Creates an entry. Most callers get entries from <see cref="RectificationLedger.Create"/>.</summary>
    /// <param name="key">The entry's stable key: <c>P1.1/M1</c> for a link, the problem or measure ID alone for a flagged entry.</param>
    /// <param name="kind">What the entry stands for.</param>
    /// <param name="problemId">The problem's ID, or null.</param>
    /// <param name="problem">The problem as listed (its lead sentence).</param>
    /// <param name="aspect">The aspect (所属方面) the problem falls under, or null.</param>
    /// <param name="measureId">The measure's ID, or null.</param>
    /// <param name="measure">The measure as listed.</param>
    /// <param name="owners">责任人.</param>
    /// <param name="owningUnit">责任单位, or null.</param>
    /// <param name="deadline">The current 完成时限, or null.</param>
    /// <param name="originalDeadline">The 完成时限 the material set at the meeting, or null.</param>
    /// <param name="standard">整改标准, or null.</param>
    /// <param name="status">The status.</param>
    /// <param name="log">The progress log, oldest first.</param>
    /// <param name="closedOn">The 销号 date, or null.</param>
    /// <param name="closedBy">Who approved the 销号, or null.</param>
    /// <param name="remark">备注.</param>
    /// <param name="extras">Values the ledger does not model (columns added in the workbook).</param>
    public LedgerEntry(
        string key,
        LedgerEntryKind kind,
        string? problemId,
        string problem,
        string? aspect,
        string? measureId,
        string measure,
        ValueList<string>? owners,
        string? owningUnit,
        Deadline? deadline,
        Deadline? originalDeadline,
        string? standard,
        RectificationStatus status,
        ValueList<ProgressRecord>? log,
        LocalDate? closedOn,
        string? closedBy,
        string remark,
        ValueList<LedgerExtraField>? extras = null)
    {
        Key = Guard.NotBlank(key, nameof(key));
        Kind = kind;
        ProblemId = problemId;
        Problem = Guard.NotNull(problem, nameof(problem));
        Aspect = aspect;
        MeasureId = measureId;
        Measure = Guard.NotNull(measure, nameof(measure));
        Owners = owners ?? ValueList<string>.Empty;
        OwningUnit = owningUnit;
        Deadline = deadline;
        OriginalDeadline = originalDeadline;
        Standard = standard;
        Status = status;
        Log = log ?? ValueList<ProgressRecord>.Empty;
        ClosedOn = closedOn;
        ClosedBy = closedBy;
        Remark = Guard.NotNull(remark, nameof(remark));
        Extras = extras ?? ValueList<LedgerExtraField>.Empty;
    }

    /// <summary>The stable key (<c>P1.1/M1</c>, or <c>P2.3</c> for a problem with no measure).</summary>
    public string Key { get; }

    /// <summary>What the entry stands for.</summary>
    public LedgerEntryKind Kind { get; }

    /// <summary>The problem's ID, or null.</summary>
    public string? ProblemId { get; }

    /// <summary>The problem as listed.</summary>
    public string Problem { get; }

    /// <summary>The aspect the problem falls under, or null.</summary>
    public string? Aspect { get; }

    /// <summary>The measure's ID, or null.</summary>
    public string? MeasureId { get; }

    /// <summary>The measure as listed.</summary>
    public string Measure { get; }

    /// <summary>责任人.</summary>
    public ValueList<string> Owners { get; }

    /// <summary>责任单位, or null.</summary>
    public string? OwningUnit { get; }

    /// <summary>The current 完成时限, or null.</summary>
    public Deadline? Deadline { get; }

    /// <summary>The 完成时限 set in the material at the meeting, or null.</summary>
    public Deadline? OriginalDeadline { get; }

    /// <summary>整改标准, or null.</summary>
    public string? Standard { get; }

    /// <summary>The status.</summary>
    public RectificationStatus Status { get; }

    /// <summary>The progress log, oldest first.</summary>
    public ValueList<ProgressRecord> Log { get; }

    /// <summary>The 销号 date, or null.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>Who approved the 销号, or null.</summary>
    public string? ClosedBy { get; }

    /// <summary>备注.</summary>
    public string Remark { get; }

    /// <summary>Values the ledger does not model, by column heading.</summary>
    public ValueList<LedgerExtraField> Extras { get; }

    /// <summary>Whether the entry needs attention for what it is (no measure, no problem, an unknown problem).</summary>
    public bool IsFlagged => Kind != LedgerEntryKind.Linked;

    /// <summary>Whether work is still owed: 未启动 or 推进中.</summary>
    public bool IsOpen => Status is RectificationStatus.NotStarted or RectificationStatus.InProgress;

    /// <summary>Every evidence reference in the log, in order.</summary>
    public ValueList<string> Evidence => Log.SelectMany(r => r.Evidence).ToValueList();

    /// <summary>Whether the log holds any evidence.</summary>
    public bool HasEvidence => Log.Any(r => !r.Evidence.IsEmpty);

    /// <summary>The date of the last change to 已完成, or null.</summary>
    public LocalDate? CompletedOn => Log.LastOrDefault(r => r.Status == RectificationStatus.Completed)?.Date;

    /// <summary>Whether the deadline differs from the one set at the meeting.</summary>
    public bool DeadlineChanged => !Equals(Deadline, OriginalDeadline);

    /// <summary>Days from <paramref name="today"/> to the deadline (negative when past), or null without a dated deadline.</summary>
    /// <param name="today">The date to count from.</param>
    public int? DaysUntilDue(LocalDate today) =>
        Deadline?.Date is { } due ? Period.Between(today, due, PeriodUnits.Days).Days : null;

    /// <summary>Whether the entry is open and its deadline has passed on <paramref name="today"/>.</summary>
    /// <param name="today">The date.</param>
    public bool IsOverdue(LocalDate today) => IsOpen && DaysUntilDue(today) < 0;

    /// <summary>Whether the entry is open and due within <paramref name="days"/> days of <paramref name="today"/> (today included), not yet overdue.</summary>
    /// <param name="today">The date.</param>
    /// <param name="days">The window, 0 or more.</param>
    public bool IsDueWithin(LocalDate today, int days) => IsOpen && DaysUntilDue(today) is int left && left >= 0 && left <= days;

    internal LedgerEntry Change(
        Deadline? deadline = null,
        RectificationStatus? status = null,
        ValueList<ProgressRecord>? log = null,
        LocalDate? closedOn = null,
        string? closedBy = null,
        string? remark = null,
        ValueList<LedgerExtraField>? extras = null,
        ValueList<string>? owners = null,
        string? owningUnit = null,
        string? standard = null) =>
        new(Key, Kind, ProblemId, Problem, Aspect, MeasureId, Measure, owners ?? Owners, owningUnit ?? OwningUnit, deadline ?? Deadline,
            OriginalDeadline, standard ?? Standard, status ?? Status, log ?? Log, closedOn ?? ClosedOn, closedBy ?? ClosedBy, remark ?? Remark, extras ?? Extras);
}
