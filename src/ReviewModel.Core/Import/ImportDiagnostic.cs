using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Something the importer noticed while recovering the structure: page chrome skipped, hard line
/// breaks joined, an aspect that matches no catalogue entry, no problem section found. Codes are
/// stable (<see cref="ImportDiagnosticCodes"/>); messages are Chinese with English in parentheses.
/// </summary>
public sealed record ImportDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, e.g. "RMI001".</param>
    /// <param name="severity">How serious it is (never an error: the import succeeded).</param>
    /// <param name="message">What was noticed.</param>
    /// <param name="source">Where, or null.</param>
    public ImportDiagnostic(string code, RuleSeverity severity, string message, SourceLocation? source = null)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Source = source;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>What was noticed.</summary>
    public string Message { get; }

    /// <summary>Where, or null.</summary>
    public SourceLocation? Source { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var level = Severity == RuleSeverity.Warning ? "warning" : "info";
        var at = Source is null ? string.Empty : Source + ": ";
        return $"{at}{level} {Code}: {Message}";
    }
}
