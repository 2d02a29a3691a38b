using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReviewModel.Model;

namespace ReviewModel.Analyzers;

/// <summary>
/// The document-level rules, applied to the <see cref="DocumentFacts"/> of one document with the
/// validator's logic, messages and arguments (see <c>src/ReviewModel/Validation/Rules/</c>). Rules
/// that need the whole document run only when the facts are complete.
/// </summary>
internal static class DocumentRules
{
    /// <summary>The diagnostic property that names the missing section (for the code fix).</summary>
    public const string SectionProperty = "Section";

    /// <summary>The diagnostic property that suggests a free ID (for the code fix).</summary>
    public const string SuggestedIdProperty = "SuggestedId";

    public static void Report(DocumentFacts facts, Action<Diagnostic> report)
    {
        if (facts.WaiversUnknown)
        {
            return; // a waiver could cover anything: say nothing rather than guess
        }

        var reporter = new Reporter(facts, report);
        DeadlineBeforeMeeting(facts, reporter);
        ProblemWithoutAspect(facts, reporter);
        if (!facts.Complete)
        {
            return;
        }

        RequiredSections(facts, reporter);
        AspectsWithoutProblem(facts, reporter);
        Links(facts, reporter);
    }

    // RM0013
    private static void DeadlineBeforeMeeting(DocumentFacts facts, Reporter reporter)
    {
        if (facts.MeetingDate is not { } meeting)
        {
            return;
        }

        foreach (var deadline in facts.Deadlines)
        {
            if (deadline.Date.CompareTo(meeting) < 0)
            {
                reporter.Report(
                    RuleDiagnostics.DeadlineBeforeMeeting,
                    deadline.Location,
                    deadline.Measure.Path + ".deadline",
                    deadline.Measure.Id,
                    null,
                    deadline.Measure.Id,
                    deadline.Date.ToString(),
                    meeting.ToString());
            }
        }
    }

    // RM0003
    private static void ProblemWithoutAspect(DocumentFacts facts, Reporter reporter)
    {
        foreach (var declaration in facts.Declarations)
        {
            if (declaration.Group is { Number: null, NumberKnown: true, HasHeading: false, Known: true } && declaration.Kind == ElementKind.Problem)
            {
                reporter.Report(RuleDiagnostics.ProblemWithoutAspect, declaration.Location, declaration.Path, declaration.Id, null, declaration.Id);
            }
        }
    }

    // RM0001, as RequiredSectionRule.
    private static void RequiredSections(DocumentFacts facts, Reporter reporter)
    {
        if (!facts.HeaderKnown || facts.BuildLocation is null)
        {
            return;
        }

        if (facts.Subject == SubjectKind.LeadershipTeam && facts.Meeting == MeetingKind.DemocraticLife)
        {
            Require(facts, reporter, SectionKind.Preparation, "preparation");
            Require(facts, reporter, SectionKind.LastYearRectification, "lastYear");
        }

        Require(facts, reporter, SectionKind.Problems, "problems");
        Require(facts, reporter, SectionKind.Causes, "causes");
        Require(facts, reporter, SectionKind.Measures, "measures");
    }

    private static void Require(DocumentFacts facts, Reporter reporter, SectionKind kind, string path)
    {
        if (!facts.Sections.TryGetValue(kind, out var hasContent) || !hasContent)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(SectionProperty, facts.Sections.ContainsKey(kind) ? null : kind.ToString())
                .Add(SuggestedIdProperty, FreeId(facts, kind));
            reporter.Report(RuleDiagnostics.RequiredSectionMissing, facts.BuildLocation!, path, null, properties, SectionNames.Standard(kind));
        }
    }

    private static string? FreeId(DocumentFacts facts, SectionKind kind)
    {
        var prefix = kind switch
        {
            SectionKind.Problems => "P",
            SectionKind.Causes => "C",
            SectionKind.Measures => "M",
            _ => null,
        };
        if (prefix is null)
        {
            return null;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in facts.Declarations)
        {
            taken.Add(declaration.Id);
        }

        for (var n = 1; ; n++)
        {
            if (!taken.Contains(prefix + n))
            {
                return prefix + n;
            }
        }
    }

    // RM0002, as AspectWithoutProblemRule, for the built-in catalogues.
    private static void AspectsWithoutProblem(DocumentFacts facts, Reporter reporter)
    {
        if (!facts.CatalogueKnown || facts.Catalogue is not { } catalogue || facts.CatalogueLocation is null)
        {
            return;
        }

        var covered = new HashSet<int>();
        foreach (var group in facts.Groups)
        {
            if (!group.NumberKnown || !group.Known)
            {
                return;
            }

            if (group.Number is int number)
            {
                if (number < 1 || number > catalogue.Aspects.Count)
                {
                    return; // the library refuses to build the document
                }

                if (group.ProblemCount > 0)
                {
                    covered.Add(number);
                }
            }
        }

        for (var i = 0; i < catalogue.Aspects.Count; i++)
        {
            if (!covered.Contains(i + 1))
            {
                var aspect = catalogue.Aspects[i];
                reporter.Report(RuleDiagnostics.AspectWithoutProblem, facts.CatalogueLocation, "problems", aspect.Id, null, aspect.ShortTitle ?? aspect.Title);
            }
        }
    }

    // RM0010, RM0009, RM0004, RM0005, RM0006, RM0008, as the validator's DocumentIndex and rules.
    private static void Links(DocumentFacts facts, Reporter reporter)
    {
        var declared = new Dictionary<string, DeclarationFact>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in facts.Declarations)
        {
            ids.Add(declaration.Id);
        }

        foreach (var declaration in facts.Declarations)
        {
            if (declared.TryGetValue(declaration.Id, out var first))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestedIdProperty, FreeId(declaration.Id, ids));
                reporter.Report(RuleDiagnostics.DuplicateId, declaration.Location, declaration.Path, declaration.Id, properties, declaration.Id, first.Path);
            }
            else
            {
                declared.Add(declaration.Id, declaration);
            }
        }

        var timesAddressed = new HashSet<string>(StringComparer.Ordinal);
        var timesExplained = new HashSet<string>(StringComparer.Ordinal);
        // Per declaring element, as the validator counts them: a measure or cause that reuses another's
        // ID is judged on its own links.
        var resolvedAddresses = new HashSet<DeclarationFact>();
        var resolvedExplains = new HashSet<DeclarationFact>();
        foreach (var link in facts.Links)
        {
            if (declared.TryGetValue(link.TargetId, out var target) && target.Kind == link.TargetKind)
            {
                if (link.Field == "explains")
                {
                    timesExplained.Add(link.TargetId);
                    resolvedExplains.Add(link.Owner);
                }
                else if (link.Field == "addresses")
                {
                    timesAddressed.Add(link.TargetId);
                    resolvedAddresses.Add(link.Owner);
                }
            }
            else
            {
                reporter.Report(RuleDiagnostics.UnresolvedLink, link.Location, link.Path, link.Owner.Id, null, link.TargetId, link.Field);
            }
        }

        var hasCauses = false;
        foreach (var declaration in facts.Declarations)
        {
            hasCauses |= declaration.Kind == ElementKind.Cause;
        }

        foreach (var declaration in facts.Declarations)
        {
            switch (declaration.Kind)
            {
                case ElementKind.Problem:
                    if (!timesAddressed.Contains(declaration.Id))
                    {
                        reporter.Report(RuleDiagnostics.ProblemWithoutMeasure, declaration.Location, declaration.Path, declaration.Id, null, declaration.Id);
                    }

                    if (hasCauses && !timesExplained.Contains(declaration.Id))
                    {
                        reporter.Report(RuleDiagnostics.ProblemWithoutCause, declaration.Location, declaration.Path, declaration.Id, null, declaration.Id);
                    }

                    break;
                case ElementKind.Measure:
                    if (!resolvedAddresses.Contains(declaration))
                    {
                        reporter.Report(RuleDiagnostics.MeasureWithoutProblem, declaration.Location, declaration.Path, declaration.Id, null, declaration.Id);
                    }

                    break;
                case ElementKind.Cause:
                    if (!resolvedExplains.Contains(declaration))
                    {
                        reporter.Report(RuleDiagnostics.CauseWithoutProblem, declaration.Location, declaration.Path, declaration.Id, null, declaration.Id);
                    }

                    break;
            }
        }
    }

    /// <summary>The first of <c>id-2</c>, <c>id-3</c>… not declared in the document.</summary>
    private static string FreeId(string id, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (!taken.Contains(candidate))
            {
                taken.Add(candidate);
                return candidate;
            }
        }
    }

    /// <summary>Reports unless a waiver of the document covers the finding (as the validator's waivers do).</summary>
    private sealed class Reporter
    {
        private readonly DocumentFacts _facts;
        private readonly Action<Diagnostic> _report;

        public Reporter(DocumentFacts facts, Action<Diagnostic> report)
        {
            _facts = facts;
            _report = report;
        }

        public void Report(DiagnosticDescriptor rule, Location location, string path, string? elementId, ImmutableDictionary<string, string?>? properties, params object?[] arguments)
        {
            foreach (var (ruleId, target) in _facts.Waivers)
            {
                if (string.Equals(ruleId, rule.Id, StringComparison.OrdinalIgnoreCase) && Covers(target, path, elementId))
                {
                    return;
                }
            }

            _report(Diagnostic.Create(rule, location, properties, arguments));
        }

        private static bool Covers(string target, string path, string? elementId) =>
            string.Equals(target, elementId, StringComparison.Ordinal)
            || (path.StartsWith(target, StringComparison.Ordinal)
                && (path.Length == target.Length || path[target.Length] == '.' || path[target.Length] == '['));
    }
}
