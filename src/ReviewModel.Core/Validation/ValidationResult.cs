using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Validation;

/// <summary>Every finding of one validation, in document order, waived ones included.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<Finding> findings)
    {
        Findings = findings;
    }

    /// <summary>Every finding, waived ones included.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The findings no waiver covers.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsWaived);

    /// <summary>Whether any finding not waived is an error.</summary>
    public bool HasErrors => Active.Any(f => f.Severity == RuleSeverity.Error);

    /// <summary>The active findings of one rule.</summary>
    /// <param name="ruleId">The rule ID.</param>
    public IEnumerable<Finding> Of(string ruleId) => Active.Where(f => string.Equals(f.RuleId, ruleId, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>How many active findings have the given severity.</summary>
    /// <param name="severity">The severity.</param>
    public int Count(RuleSeverity severity) => Active.Count(f => f.Severity == severity);
}
