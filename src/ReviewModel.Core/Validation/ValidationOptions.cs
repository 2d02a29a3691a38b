using System;
using System.Collections.Generic;
using System.Globalization;

namespace ReviewModel.Validation;

/// <summary>
/// How to validate: the language of messages, per-rule severities, and the thresholds of local
/// rules. Immutable; derive changed options with the <c>With…</c> methods.
/// </summary>
public sealed class ValidationOptions
{
    private readonly Dictionary<string, RuleSeverity> _severities;

    /// <summary>The defaults: Chinese messages, every rule at its default severity, a one-half share for RM0015.</summary>
    public static ValidationOptions Default { get; } = new(null, new Dictionary<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase), 0.5);

    private ValidationOptions(CultureInfo? culture, Dictionary<string, RuleSeverity> severities, double share, KnownParts? known = null)
    {
        Culture = culture;
        _severities = severities;
        MinimumSelfCriticismShare = share;
        Known = known;
    }

    /// <summary>The language of messages; null for Chinese.</summary>
    public CultureInfo? Culture { get; }

    /// <summary>The share of the text (0…1) problems and causes must reach, for RM0015.</summary>
    public double MinimumSelfCriticismShare { get; }

    /// <summary>What is known of a partly known document (the C# analyzer's replay), or null for a whole document.</summary>
    internal KnownParts? Known { get; }

    /// <summary>Options that report only findings whose rule's needs <paramref name="known"/> meets.</summary>
    /// <param name="known">What the front end knows of the document.</param>
    internal ValidationOptions WithKnownParts(KnownParts? known) => new(Culture, _severities, MinimumSelfCriticismShare, known);

    /// <summary>The severities set explicitly, by rule ID.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> Severities => _severities;

    /// <summary>The severity a rule has under these options.</summary>
    /// <param name="rule">The rule.</param>
    public RuleSeverity SeverityOf(RuleDescriptor rule) =>
        _severities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;

    /// <summary>Options with messages in <paramref name="culture"/> (e.g. <c>new CultureInfo("en")</c>).</summary>
    /// <param name="culture">The language.</param>
    public ValidationOptions WithCulture(CultureInfo? culture) => new(culture, _severities, MinimumSelfCriticismShare, Known);

    /// <summary>Options with one rule's severity changed (<see cref="RuleSeverity.None"/> turns it off).</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="severity">The severity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException">No such rule.</exception>
    public ValidationOptions WithSeverity(string ruleId, RuleSeverity severity)
    {
        if (ruleId is null)
        {
            throw new ArgumentNullException(nameof(ruleId));
        }

        var rule = RuleCatalogue.Find(ruleId) ?? throw new ArgumentException($"没有规则 {ruleId} (no rule '{ruleId}').", nameof(ruleId));
        var severities = new Dictionary<string, RuleSeverity>(_severities, StringComparer.OrdinalIgnoreCase) { [rule.Id] = severity };
        return new ValidationOptions(Culture, severities, MinimumSelfCriticismShare, Known);
    }

    /// <summary>Options with every warning raised to an error (a strict check).</summary>
    public ValidationOptions Strict()
    {
        var options = this;
        foreach (var rule in RuleCatalogue.All)
        {
            if (options.SeverityOf(rule) == RuleSeverity.Warning)
            {
                options = options.WithSeverity(rule.Id, RuleSeverity.Error);
            }
        }

        return options;
    }

    /// <summary>Options with a different minimum share for RM0015.</summary>
    /// <param name="share">A share between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0…1.</exception>
    public ValidationOptions WithMinimumSelfCriticismShare(double share)
    {
        if (share < 0 || share > 1 || double.IsNaN(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "比例须在 0 到 1 之间 (the share must be between 0 and 1).");
        }

        return new ValidationOptions(Culture, _severities, share, Known);
    }
}
