using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// What a rule found: the rule, its severity (after configuration), the message in the requested
/// language, the location, and — when a waiver covers it — the recorded waiver.
/// </summary>
public sealed class Finding
{
    internal Finding(RuleDescriptor rule, RuleSeverity severity, string message, FindingLocation location, IReadOnlyList<object?> arguments, Waiver? waiver)
    {
        Rule = rule;
        Severity = severity;
        Message = message;
        Location = location;
        Arguments = arguments;
        Waiver = waiver;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's ID, e.g. "RM0007".</summary>
    public string RuleId => Rule.Id;

    /// <summary>The severity after configuration.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>Where the finding is.</summary>
    public FindingLocation Location { get; }

    /// <summary>The arguments the message was formatted with (the analyzers format the same message from them).</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The waiver that covers this finding, or null.</summary>
    public Waiver? Waiver { get; }

    /// <summary>Whether a waiver covers this finding.</summary>
    public bool IsWaived => Waiver is not null;

    internal Finding WithWaiver(Waiver waiver) => new(Rule, Severity, Message, Location, Arguments, waiver);

    /// <summary>The finding in compiler format: <c>location: warning RM0007: message</c>.</summary>
    public override string ToString()
    {
        var level = Severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };
        var waived = Waiver is null ? string.Empty : $" [已豁免 waived: {Waiver.Reason}]";
        return $"{Location}: {level} {RuleId}: {Message}{waived}";
    }
}
