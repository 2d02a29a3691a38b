using System.Collections.Generic;
using ReviewModel.Import;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>What checking one file gave: the findings and import diagnostics, or why it could not be read.</summary>
internal sealed class FileReport
{
    public FileReport(string path, IReadOnlyList<Finding> findings, IReadOnlyList<ImportDiagnostic> diagnostics, string? error)
    {
        Path = path;
        Findings = findings;
        Diagnostics = diagnostics;
        Error = error;
    }

    public string Path { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Why the file could not be checked, or null.</summary>
    public string? Error { get; }
}
