using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Something the importer noticed while recovering the structure: page chrome skipped, hard line
/// breaks joined, an aspect that matches no catalogue entry, no problem section found. Each code is a
/// rule of the <see cref="RuleCatalogue"/> (RMI001–RMI099, category Import): its texts (Chinese, English),
/// help page and default severity are the catalogue's, and its severity is configured like any rule's
/// (<see cref="ValidationOptions.WithSeverity"/>, <c>.globalconfig</c> at build).
/// </summary>
public sealed record ImportDiagnostic
{
    private readonly object?[] _arguments;

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
        _arguments = Array.Empty<object?>();
    }

    private ImportDiagnostic(RuleDescriptor rule, RuleSeverity severity, CultureInfo? culture, SourceLocation? source, object?[] arguments)
    {
        Code = rule.Id;
        Severity = severity;
        Message = rule.FormatMessage(culture, arguments);
        Source = source;
        _arguments = arguments;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>What was noticed (Chinese unless the diagnostic was configured for another language).</summary>
    public string Message { get; }

    /// <summary>Where, or null.</summary>
    public SourceLocation? Source { get; }

    /// <summary>The arguments of the catalogue's message format (<see cref="RuleDescriptor.MessageFormat"/>).</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>The catalogue entry of <see cref="Code"/>, or null for a code the catalogue does not have.</summary>
    public RuleDescriptor? Rule => RuleCatalogue.Find(Code);

    /// <inheritdoc />
    public bool Equals(ImportDiagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message
        && Equals(Source, other.Source) && _arguments.SequenceEqual(other._arguments);

    /// <inheritdoc />
    public override int GetHashCode() => (Code, Severity, Message, Source).GetHashCode();

    /// <inheritdoc />
    public override string ToString()
    {
        var level = Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };
        var at = Source is null ? string.Empty : Source + ": ";
        return $"{at}{level} {Code}: {Message}";
    }

    /// <summary>A diagnostic of a catalogue rule, at its default severity, with the Chinese message.</summary>
    internal static ImportDiagnostic Of(RuleDescriptor rule, SourceLocation? source, params object?[] arguments) =>
        new(rule, rule.DefaultSeverity, null, source, arguments);

    /// <summary>
    /// This diagnostic under <paramref name="options"/>: its configured severity and its message in the options'
    /// language; null when the options turn it off.
    /// </summary>
    internal ImportDiagnostic? Configured(ValidationOptions options)
    {
        if (Rule is not { } rule)
        {
            return this;
        }

        var severity = options.SeverityOf(rule);
        return severity == RuleSeverity.None ? null : new ImportDiagnostic(rule, severity, options.Culture, Source, _arguments);
    }
}
