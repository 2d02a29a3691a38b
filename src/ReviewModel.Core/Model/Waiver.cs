namespace ReviewModel.Model;

/// <summary>
/// A recorded decision that one rule does not apply to one element: findings of
/// <see cref="RuleId"/> on <see cref="Target"/> are reported as waived, with the reason.
/// </summary>
public sealed record Waiver
{
    /// <summary>Creates a waiver.</summary>
    /// <param name="ruleId">The rule, e.g. "RM0011".</param>
    /// <param name="target">An element ID (e.g. "M2") or a document path (e.g. "measures[1]").</param>
    /// <param name="reason">Why the rule does not apply; required.</param>
    public Waiver(string ruleId, string target, string reason)
    {
        RuleId = Guard.NotBlank(ruleId, nameof(ruleId));
        Target = Guard.NotBlank(target, nameof(target));
        Reason = Guard.NotBlank(reason, nameof(reason));
    }

    /// <summary>The rule waived.</summary>
    public string RuleId { get; }

    /// <summary>The element ID or document path the waiver covers.</summary>
    public string Target { get; }

    /// <summary>Why the rule does not apply.</summary>
    public string Reason { get; }
}
