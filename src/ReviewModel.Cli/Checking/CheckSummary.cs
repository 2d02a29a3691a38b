using System.Collections.Generic;
using System.Linq;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// Counts over all files: findings by severity (waived ones left out) and files that could not be read.
/// An import diagnostic (RMI…) configured as an error counts as an error too. Counted file by file
/// (<see cref="Add"/>), so a streamed check need not keep every finding.
/// </summary>
internal sealed class CheckSummary
{
    public CheckSummary()
    {
    }

    public CheckSummary(IEnumerable<FileReport> reports)
    {
        foreach (var report in reports)
        {
            Add(report);
        }
    }

    public int Files { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Waived { get; private set; }

    public int Unreadable { get; private set; }

    /// <summary>2 when a file could not be read, 1 when any finding or import diagnostic is an error, 0 otherwise.</summary>
    public int ExitCode => Unreadable > 0 ? 2 : Errors > 0 ? 1 : 0;

    /// <summary>Counts one more file.</summary>
    public void Add(FileReport report)
    {
        Files++;
        var active = report.Findings.Where(f => !f.IsWaived).ToList();
        Errors += active.Count(f => f.Severity == RuleSeverity.Error) + report.Diagnostics.Count(d => d.Severity == RuleSeverity.Error);
        Warnings += active.Count(f => f.Severity == RuleSeverity.Warning);
        Infos += active.Count(f => f.Severity == RuleSeverity.Info);
        Waived += report.Findings.Count(f => f.IsWaived);
        Unreadable += report.Error is not null ? 1 : 0;
    }
}
