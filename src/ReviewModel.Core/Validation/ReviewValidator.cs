using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReviewModel.Model;
using ReviewModel.Validation.Rules;

namespace ReviewModel.Validation;

/// <summary>
/// Checks a document against every rule of the <see cref="RuleCatalogue"/> in one pass and returns
/// all findings (it never stops at the first), each with its rule, severity, message and location.
/// Waivers recorded in the document mark the findings they cover. Thread-safe and reusable.
/// </summary>
public sealed class ReviewValidator
{
    private static readonly IReviewRule[] AllRules =
    {
        new RequiredSectionRule(),
        new AspectWithoutProblemRule(),
        new ProblemWithoutAspectRule(),
        new ProblemWithoutMeasureRule(),
        new MeasureWithoutProblemRule(),
        new CauseWithoutProblemRule(),
        new PlaceholderRule(),
        new ProblemWithoutCauseRule(),
        new UnresolvedLinkRule(),
        new DuplicateIdRule(),
        new MeasureWithoutOwnerRule(),
        new MeasureWithoutDeadlineRule(),
        new DeadlineBeforeMeetingRule(),
        new MeasureNotCheckableRule(),
        new SelfCriticismShareRule(),
        new ThirdPersonRule(),
        new HalfWidthPunctuationRule(),
        new MixedNumberingRule(),
        new SpaceBetweenChineseRule(),
        new ReviewCommentRule(),
    };

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Language, severities, thresholds; null for the defaults.</param>
    public ReviewValidator(ValidationOptions? options = null)
    {
        Options = options ?? ValidationOptions.Default;
    }

    /// <summary>The options this validator applies.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Validates with the default options.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels a long validation.</param>
    public static ValidationResult ValidateDocument(ReviewDocument document, CancellationToken cancellationToken = default) =>
        new ReviewValidator().Validate(document, cancellationToken);

    /// <summary>Runs every enabled rule and returns all findings, in document order within each rule.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels a long validation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ValidationResult Validate(ReviewDocument document, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var findings = ApplyWaivers(document, Run(document, Options, AllRules, cancellationToken));
        if (Options.Known is { Complete: false } known)
        {
            // A partly known document: only what its known parts decide (see RuleNeeds).
            findings = findings.Where(f => known.Admits(f, document.Waivers)).ToList();
        }

        return new ValidationResult(findings);
    }

    /// <summary>The integrity rules the builder enforces: RM0009 and RM0010, as errors.</summary>
    internal static IReadOnlyList<Finding> CheckIntegrity(ReviewDocument document)
    {
        var options = ValidationOptions.Default
            .WithSeverity(RuleCatalogue.UnresolvedLink.Id, RuleSeverity.Error)
            .WithSeverity(RuleCatalogue.DuplicateId.Id, RuleSeverity.Error);
        return Run(document, options, AllRules.Where(r => r is UnresolvedLinkRule or DuplicateIdRule), CancellationToken.None);
    }

    private static List<Finding> Run(ReviewDocument document, ValidationOptions options, IEnumerable<IReviewRule> rules, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        cancellationToken.ThrowIfCancellationRequested();
        var context = new ValidationContext(new DocumentIndex(document, cancellationToken), options, findings);
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.SeverityOf(rule.Descriptor) != RuleSeverity.None && options.Known?.MayAdmit(rule.Descriptor) != false)
            {
                rule.Check(context);
            }
        }

        return findings;
    }

    internal static IReadOnlyList<Finding> ApplyWaivers(ReviewDocument document, List<Finding> findings)
    {
        if (document.Waivers.IsEmpty)
        {
            return findings;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            foreach (var waiver in document.Waivers)
            {
                if (string.Equals(waiver.RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase) && Covers(waiver.Target, finding.Location))
                {
                    findings[i] = finding.WithWaiver(waiver);
                    break;
                }
            }
        }

        return findings;
    }

    private static bool Covers(string target, FindingLocation location)
    {
        if (string.Equals(target, location.ElementId, StringComparison.Ordinal))
        {
            return true;
        }

        var path = location.Path;
        return path.StartsWith(target, StringComparison.Ordinal)
            && (path.Length == target.Length || path[target.Length] == '.' || path[target.Length] == '[');
    }
}
