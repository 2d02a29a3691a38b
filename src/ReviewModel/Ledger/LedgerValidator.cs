using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using ReviewModel.Ledger.Rules;
using ReviewModel.Validation;

namespace ReviewModel.Ledger;

/// <summary>
/// Checks a ledger against the catalogue's ledger rules (RM0020 overdue, RM0021 due soon, RM0022 已完成 without
/// evidence, RM0023 deadline changed) and returns the same <see cref="Finding"/>s and <see cref="ValidationResult"/>
/// the document validator returns, at ledger paths (<c>entries[3].deadline</c>) with the entry key as element ID.
/// "Today" comes from the <see cref="IClock"/> given, never from the system time. Waivers recorded in the material
/// apply: a waiver naming a measure, a problem or an entry key covers that entry's findings.
/// </summary>
public sealed class LedgerValidator
{
    private static readonly ILedgerRule[] AllRules =
    {
        new OverdueRule(),
        new DueSoonRule(),
        new CompletedWithoutEvidenceRule(),
        new DeadlineChangedRule(),
    };

    private readonly IClock _clock;

    /// <summary>Creates a validator.</summary>
    /// <param name="clock">The clock "today" is read from.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LedgerValidator(IClock clock, LedgerCheckOptions? options = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Options = options ?? LedgerCheckOptions.Default;
    }

    /// <summary>The options.</summary>
    public LedgerCheckOptions Options { get; }

    /// <summary>Checks every entry against every enabled ledger rule.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public ValidationResult Validate(RectificationLedger ledger, CancellationToken cancellationToken = default)
    {
        if (ledger is null)
        {
            throw new ArgumentNullException(nameof(ledger));
        }

        var findings = new List<Finding>();
        var context = new LedgerCheckContext(ledger, RectificationLedger.Today(_clock, Options.Zone), Options, findings);
        foreach (var rule in AllRules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Options.Validation.SeverityOf(rule.Descriptor) != RuleSeverity.None)
            {
                rule.Check(context);
            }
        }

        ApplyWaivers(ledger, findings);
        return new ValidationResult(findings);
    }

    private static void ApplyWaivers(RectificationLedger ledger, List<Finding> findings)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var entry = ledger.Find(finding.Location.ElementId ?? string.Empty);
            foreach (var waiver in ledger.Document.Waivers)
            {
                if (string.Equals(waiver.RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase)
                    && (waiver.Target == finding.Location.ElementId || waiver.Target == entry?.MeasureId || waiver.Target == entry?.ProblemId
                        || Covers(waiver.Target, finding.Location.Path)))
                {
                    findings[i] = finding.WithWaiver(waiver);
                    break;
                }
            }
        }
    }

    private static bool Covers(string target, string path) =>
        path.StartsWith(target, StringComparison.Ordinal)
        && (path.Length == target.Length || path[target.Length] == '.' || path[target.Length] == '[');
}
