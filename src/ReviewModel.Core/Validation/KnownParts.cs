using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// Which parts of a document a front end knows exactly, when it could reconstruct the document only in
/// part (the C# analyzer replays builder code without running it: a loop, a parameter or a call into
/// unknown code leaves parts unknown). Given to the validator through <see cref="ValidationOptions"/>, it
/// lets through only findings whose rule's <see cref="RuleNeeds"/> are met, so that a partly known
/// document gives no finding the validator would not give for the document as it will be built.
/// </summary>
/// <remarks>
/// The front end fills the unknown values of a document with stand-ins (<see cref="AddUnknownId"/>) so
/// that the positions of the known elements stay right. Paths are the validator's document paths.
/// </remarks>
internal sealed class KnownParts
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _complete = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownWaiverRules = new(StringComparer.OrdinalIgnoreCase);
    private bool _anyRuleMayBeWaived;

    /// <summary>Whether the whole document is known exactly: then every rule runs and every finding counts.</summary>
    public bool Complete { get; set; }

    /// <summary>Whether the header (subject kind, meeting kind, meeting date) is known exactly.</summary>
    public bool HeaderKnown { get; set; }

    /// <summary>A text or link at <paramref name="path"/> is known exactly, at its exact position.</summary>
    /// <param name="path">E.g. <c>problems.aspects[0].problems[1].body</c>.</param>
    public void AddExact(string path) => _exact.Add(path);

    /// <summary>The element at <paramref name="path"/> is known exactly with everything in it (and its aspect
    /// group, for a problem): findings at it or under it count.</summary>
    /// <param name="path">E.g. <c>measures[2]</c>.</param>
    public void AddComplete(string path) => _complete.Add(path);

    /// <summary>An element ID is not known; <paramref name="standIn"/> stands in for it in the document.</summary>
    /// <param name="standIn">The stand-in ID used in the document.</param>
    public void AddUnknownId(string standIn) => _unknownIds.Add(standIn);

    /// <summary>A waiver whose rule or target is not known was recorded: findings of
    /// <paramref name="ruleId"/> (of every rule, when null) may be waived.</summary>
    /// <param name="ruleId">The waived rule, or null when not known.</param>
    public void AddUnknownWaiver(string? ruleId)
    {
        if (ruleId is null)
        {
            _anyRuleMayBeWaived = true;
        }
        else
        {
            _unknownWaiverRules.Add(ruleId);
        }
    }

    /// <summary>Whether any finding of a rule with these needs can count at all (lets the validator skip the rule).</summary>
    /// <param name="rule">The rule.</param>
    public bool MayAdmit(RuleDescriptor rule) =>
        Complete || (rule.Needs != RuleNeeds.Document
            && (rule.Needs != RuleNeeds.Header || HeaderKnown)
            && !_anyRuleMayBeWaived && !_unknownWaiverRules.Contains(rule.Id));

    /// <summary>Whether <paramref name="finding"/> holds for the document as it will be built.</summary>
    /// <param name="finding">A finding on the document with stand-ins.</param>
    /// <param name="waivers">The document's known waivers.</param>
    public bool Admits(Finding finding, IReadOnlyList<Waiver> waivers)
    {
        if (Complete)
        {
            return true;
        }

        if (!MayAdmit(finding.Rule))
        {
            return false;
        }

        var location = finding.Location;
        if (location.ElementId is { } id && _unknownIds.Contains(id))
        {
            // A known waiver of this rule could name the element's real ID.
            foreach (var waiver in waivers)
            {
                if (string.Equals(waiver.RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        var path = location.Path;
        if (_exact.Contains(path) || _complete.Contains(path))
        {
            return true;
        }

        for (var i = path.Length - 1; i > 0; i--)
        {
            if ((path[i] == '.' || path[i] == '[') && _complete.Contains(path.Substring(0, i)))
            {
                return true;
            }
        }

        return false;
    }
}
