using System.Collections.Generic;
using System.Linq;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// Counts over all files: findings by severity (waived ones left out) and files that could not be read.
/// An import diagnostic (RMI…) configured as an error counts as an error too.
/// </summary>
internal sealed class CheckSummary
{
    public CheckSummary(IReadOnlyList<FileReport> reports)
    {
        Files = reports.Count;
        var active = reports.SelectMany(r => r.Findings).Where(f => !f.IsWaived).ToList();
        Errors = active.Count(f => f.Severity == RuleSeverity.Error) + reports.SelectMany(r => r.Diagnostics).Count(d => d.Severity == RuleSeverity.Error);
        Warnings = active.Count(f => f.Severity == RuleSeverity.Warning);
        Infos = active.Count(f => f.Severity == RuleSeverity.Info);
        Waived = reports.SelectMany(r => r.Findings).Count(f => f.IsWaived);
        Unreadable = reports.Count(r => r.Error is not null);
    }

    public int Files { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Infos { get; }

    public int Waived { get; }

    public int Unreadable { get; }

    /// <summary>2 when a file could not be read, 1 when any finding or import diagnostic is an error, 0 otherwise.</summary>
    public int ExitCode => Unreadable > 0 ? 2 : Errors > 0 ? 1 : 0;
}
