using ReviewModel.Model;

namespace ReviewModel.Rendering.Lists;

/// <summary>
/// One row of the 整改清单: a problem and a measure that addresses it, with who does it by when to what
/// standard. A problem no measure addresses has a row with no measure; a measure that addresses no
/// (existing) problem has a row with no problem.
/// </summary>
public sealed record RectificationEntry
{
    /// <summary>Creates a row.</summary>
    /// <param name="number">The 1-based row number (序号).</param>
    /// <param name="problemId">The problem's ID, or null when the measure addresses no problem.</param>
    /// <param name="problem">The problem as shown (its lead sentence), or a note when there is none.</param>
    /// <param name="aspect">The aspect the problem falls under (所属方面), or null.</param>
    /// <param name="measureId">The measure's ID, or null when no measure addresses the problem.</param>
    /// <param name="measure">The measure as shown (its title and sub-item leads), or a note when there is none.</param>
    /// <param name="owners">责任人.</param>
    /// <param name="owningUnit">责任单位, or null.</param>
    /// <param name="deadline">完成时限, or null.</param>
    /// <param name="standard">整改标准, or null.</param>
    /// <param name="status">整改进展/状态 (empty until someone reports progress).</param>
    /// <param name="remark">备注: why a row is incomplete or how the link was found.</param>
    public RectificationEntry(
        int number,
        string? problemId,
        string problem,
        string? aspect,
        string? measureId,
        string measure,
        ValueList<string>? owners,
        string? owningUnit,
        Deadline? deadline,
        string? standard,
        string status,
        string remark)
    {
        Number = number;
        ProblemId = problemId;
        Problem = Guard.NotNull(problem, nameof(problem));
        Aspect = aspect;
        MeasureId = measureId;
        Measure = Guard.NotNull(measure, nameof(measure));
        Owners = owners ?? ValueList<string>.Empty;
        OwningUnit = owningUnit;
        Deadline = deadline;
        Standard = standard;
        Status = Guard.NotNull(status, nameof(status));
        Remark = Guard.NotNull(remark, nameof(remark));
    }

    /// <summary>The 1-based row number (序号).</summary>
    public int Number { get; }

    /// <summary>The problem's ID, or null when the measure addresses no problem.</summary>
    public string? ProblemId { get; }

    /// <summary>The problem as shown in the list.</summary>
    public string Problem { get; }

    /// <summary>The aspect the problem falls under, or null.</summary>
    public string? Aspect { get; }

    /// <summary>The measure's ID, or null when no measure addresses the problem.</summary>
    public string? MeasureId { get; }

    /// <summary>The measure as shown in the list.</summary>
    public string Measure { get; }

    /// <summary>Who is responsible (责任人).</summary>
    public ValueList<string> Owners { get; }

    /// <summary>The unit responsible (责任单位), or null.</summary>
    public string? OwningUnit { get; }

    /// <summary>When it is due (完成时限), or null.</summary>
    public Deadline? Deadline { get; }

    /// <summary>How completion is judged (整改标准), or null.</summary>
    public string? Standard { get; }

    /// <summary>Progress or status (整改进展/状态).</summary>
    public string Status { get; }

    /// <summary>Remarks (备注).</summary>
    public string Remark { get; }

    /// <summary>Whether a measure addresses this problem.</summary>
    public bool HasMeasure => MeasureId is not null;
}
