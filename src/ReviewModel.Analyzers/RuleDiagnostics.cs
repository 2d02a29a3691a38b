using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers;

/// <summary>
/// The compiler diagnostics of the rules the analyzers check, built from the library's
/// <see cref="RuleCatalogue"/> (one definition, in ReviewModel.Core): same ID, category, default severity,
/// help link, and the same title and message resources (Chinese, with English).
/// </summary>
/// <remarks>
/// Also compiled into ReviewModel.Analyzers.Documents (linked), which adds its own RM0100 in another
/// part of this class.
/// </remarks>
internal static partial class RuleDiagnostics
{
    public static readonly DiagnosticDescriptor RequiredSectionMissing = new(
        "RM0001", Title(RuleCatalogue.RequiredSectionMissing), Message(RuleCatalogue.RequiredSectionMissing), RuleCatalogue.RequiredSectionMissing.Category, Severity(RuleCatalogue.RequiredSectionMissing),
        IsEnabled(RuleCatalogue.RequiredSectionMissing), Description(RuleCatalogue.RequiredSectionMissing), RuleCatalogue.RequiredSectionMissing.HelpUri, Tags(RuleCatalogue.RequiredSectionMissing));

    public static readonly DiagnosticDescriptor AspectWithoutProblem = new(
        "RM0002", Title(RuleCatalogue.AspectWithoutProblem), Message(RuleCatalogue.AspectWithoutProblem), RuleCatalogue.AspectWithoutProblem.Category, Severity(RuleCatalogue.AspectWithoutProblem),
        IsEnabled(RuleCatalogue.AspectWithoutProblem), Description(RuleCatalogue.AspectWithoutProblem), RuleCatalogue.AspectWithoutProblem.HelpUri, Tags(RuleCatalogue.AspectWithoutProblem));

    public static readonly DiagnosticDescriptor ProblemWithoutAspect = new(
        "RM0003", Title(RuleCatalogue.ProblemWithoutAspect), Message(RuleCatalogue.ProblemWithoutAspect), RuleCatalogue.ProblemWithoutAspect.Category, Severity(RuleCatalogue.ProblemWithoutAspect),
        IsEnabled(RuleCatalogue.ProblemWithoutAspect), Description(RuleCatalogue.ProblemWithoutAspect), RuleCatalogue.ProblemWithoutAspect.HelpUri, Tags(RuleCatalogue.ProblemWithoutAspect));

    public static readonly DiagnosticDescriptor ProblemWithoutMeasure = new(
        "RM0004", Title(RuleCatalogue.ProblemWithoutMeasure), Message(RuleCatalogue.ProblemWithoutMeasure), RuleCatalogue.ProblemWithoutMeasure.Category, Severity(RuleCatalogue.ProblemWithoutMeasure),
        IsEnabled(RuleCatalogue.ProblemWithoutMeasure), Description(RuleCatalogue.ProblemWithoutMeasure), RuleCatalogue.ProblemWithoutMeasure.HelpUri, Tags(RuleCatalogue.ProblemWithoutMeasure));

    public static readonly DiagnosticDescriptor MeasureWithoutProblem = new(
        "RM0005", Title(RuleCatalogue.MeasureWithoutProblem), Message(RuleCatalogue.MeasureWithoutProblem), RuleCatalogue.MeasureWithoutProblem.Category, Severity(RuleCatalogue.MeasureWithoutProblem),
        IsEnabled(RuleCatalogue.MeasureWithoutProblem), Description(RuleCatalogue.MeasureWithoutProblem), RuleCatalogue.MeasureWithoutProblem.HelpUri, Tags(RuleCatalogue.MeasureWithoutProblem));

    public static readonly DiagnosticDescriptor CauseWithoutProblem = new(
        "RM0006", Title(RuleCatalogue.CauseWithoutProblem), Message(RuleCatalogue.CauseWithoutProblem), RuleCatalogue.CauseWithoutProblem.Category, Severity(RuleCatalogue.CauseWithoutProblem),
        IsEnabled(RuleCatalogue.CauseWithoutProblem), Description(RuleCatalogue.CauseWithoutProblem), RuleCatalogue.CauseWithoutProblem.HelpUri, Tags(RuleCatalogue.CauseWithoutProblem));

    public static readonly DiagnosticDescriptor PlaceholderLeft = new(
        "RM0007", Title(RuleCatalogue.PlaceholderLeft), Message(RuleCatalogue.PlaceholderLeft), RuleCatalogue.PlaceholderLeft.Category, Severity(RuleCatalogue.PlaceholderLeft),
        IsEnabled(RuleCatalogue.PlaceholderLeft), Description(RuleCatalogue.PlaceholderLeft), RuleCatalogue.PlaceholderLeft.HelpUri, Tags(RuleCatalogue.PlaceholderLeft));

    public static readonly DiagnosticDescriptor ProblemWithoutCause = new(
        "RM0008", Title(RuleCatalogue.ProblemWithoutCause), Message(RuleCatalogue.ProblemWithoutCause), RuleCatalogue.ProblemWithoutCause.Category, Severity(RuleCatalogue.ProblemWithoutCause),
        IsEnabled(RuleCatalogue.ProblemWithoutCause), Description(RuleCatalogue.ProblemWithoutCause), RuleCatalogue.ProblemWithoutCause.HelpUri, Tags(RuleCatalogue.ProblemWithoutCause));

    public static readonly DiagnosticDescriptor UnresolvedLink = new(
        "RM0009", Title(RuleCatalogue.UnresolvedLink), Message(RuleCatalogue.UnresolvedLink), RuleCatalogue.UnresolvedLink.Category, Severity(RuleCatalogue.UnresolvedLink),
        IsEnabled(RuleCatalogue.UnresolvedLink), Description(RuleCatalogue.UnresolvedLink), RuleCatalogue.UnresolvedLink.HelpUri, Tags(RuleCatalogue.UnresolvedLink));

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "RM0010", Title(RuleCatalogue.DuplicateId), Message(RuleCatalogue.DuplicateId), RuleCatalogue.DuplicateId.Category, Severity(RuleCatalogue.DuplicateId),
        IsEnabled(RuleCatalogue.DuplicateId), Description(RuleCatalogue.DuplicateId), RuleCatalogue.DuplicateId.HelpUri, Tags(RuleCatalogue.DuplicateId));

    public static readonly DiagnosticDescriptor MeasureWithoutOwner = new(
        "RM0011", Title(RuleCatalogue.MeasureWithoutOwner), Message(RuleCatalogue.MeasureWithoutOwner), RuleCatalogue.MeasureWithoutOwner.Category, Severity(RuleCatalogue.MeasureWithoutOwner),
        IsEnabled(RuleCatalogue.MeasureWithoutOwner), Description(RuleCatalogue.MeasureWithoutOwner), RuleCatalogue.MeasureWithoutOwner.HelpUri, Tags(RuleCatalogue.MeasureWithoutOwner));

    public static readonly DiagnosticDescriptor MeasureWithoutDeadline = new(
        "RM0012", Title(RuleCatalogue.MeasureWithoutDeadline), Message(RuleCatalogue.MeasureWithoutDeadline), RuleCatalogue.MeasureWithoutDeadline.Category, Severity(RuleCatalogue.MeasureWithoutDeadline),
        IsEnabled(RuleCatalogue.MeasureWithoutDeadline), Description(RuleCatalogue.MeasureWithoutDeadline), RuleCatalogue.MeasureWithoutDeadline.HelpUri, Tags(RuleCatalogue.MeasureWithoutDeadline));

    public static readonly DiagnosticDescriptor DeadlineBeforeMeeting = new(
        "RM0013", Title(RuleCatalogue.DeadlineBeforeMeeting), Message(RuleCatalogue.DeadlineBeforeMeeting), RuleCatalogue.DeadlineBeforeMeeting.Category, Severity(RuleCatalogue.DeadlineBeforeMeeting),
        IsEnabled(RuleCatalogue.DeadlineBeforeMeeting), Description(RuleCatalogue.DeadlineBeforeMeeting), RuleCatalogue.DeadlineBeforeMeeting.HelpUri, Tags(RuleCatalogue.DeadlineBeforeMeeting));

    public static readonly DiagnosticDescriptor MeasureNotCheckable = new(
        "RM0014", Title(RuleCatalogue.MeasureNotCheckable), Message(RuleCatalogue.MeasureNotCheckable), RuleCatalogue.MeasureNotCheckable.Category, Severity(RuleCatalogue.MeasureNotCheckable),
        IsEnabled(RuleCatalogue.MeasureNotCheckable), Description(RuleCatalogue.MeasureNotCheckable), RuleCatalogue.MeasureNotCheckable.HelpUri, Tags(RuleCatalogue.MeasureNotCheckable));

    public static readonly DiagnosticDescriptor SelfCriticismShareTooLow = new(
        "RM0015", Title(RuleCatalogue.SelfCriticismShareTooLow), Message(RuleCatalogue.SelfCriticismShareTooLow), RuleCatalogue.SelfCriticismShareTooLow.Category, Severity(RuleCatalogue.SelfCriticismShareTooLow),
        IsEnabled(RuleCatalogue.SelfCriticismShareTooLow), Description(RuleCatalogue.SelfCriticismShareTooLow), RuleCatalogue.SelfCriticismShareTooLow.HelpUri, Tags(RuleCatalogue.SelfCriticismShareTooLow));

    public static readonly DiagnosticDescriptor ThirdPersonInIndividualMaterial = new(
        "RM0016", Title(RuleCatalogue.ThirdPersonInIndividualMaterial), Message(RuleCatalogue.ThirdPersonInIndividualMaterial), RuleCatalogue.ThirdPersonInIndividualMaterial.Category, Severity(RuleCatalogue.ThirdPersonInIndividualMaterial),
        IsEnabled(RuleCatalogue.ThirdPersonInIndividualMaterial), Description(RuleCatalogue.ThirdPersonInIndividualMaterial), RuleCatalogue.ThirdPersonInIndividualMaterial.HelpUri, Tags(RuleCatalogue.ThirdPersonInIndividualMaterial));

    public static readonly DiagnosticDescriptor HalfWidthPunctuation = new(
        "RM0030", Title(RuleCatalogue.HalfWidthPunctuation), Message(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.Category, Severity(RuleCatalogue.HalfWidthPunctuation),
        IsEnabled(RuleCatalogue.HalfWidthPunctuation), Description(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.HelpUri, Tags(RuleCatalogue.HalfWidthPunctuation));

    public static readonly DiagnosticDescriptor MixedNumbering = new(
        "RM0031", Title(RuleCatalogue.MixedNumbering), Message(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.Category, Severity(RuleCatalogue.MixedNumbering),
        IsEnabled(RuleCatalogue.MixedNumbering), Description(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.HelpUri, Tags(RuleCatalogue.MixedNumbering));

    public static readonly DiagnosticDescriptor SpaceBetweenChinese = new(
        "RM0032", Title(RuleCatalogue.SpaceBetweenChinese), Message(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.Category, Severity(RuleCatalogue.SpaceBetweenChinese),
        IsEnabled(RuleCatalogue.SpaceBetweenChinese), Description(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.HelpUri, Tags(RuleCatalogue.SpaceBetweenChinese));

    /// <summary>RM0040: a reviewer's comment kept in the document (imported from a .docx; never in C# or a text file).</summary>
    public static readonly DiagnosticDescriptor ReviewComment = new(
        "RM0040", Title(RuleCatalogue.ReviewComment), Message(RuleCatalogue.ReviewComment), RuleCatalogue.ReviewComment.Category, Severity(RuleCatalogue.ReviewComment),
        IsEnabled(RuleCatalogue.ReviewComment), Description(RuleCatalogue.ReviewComment), RuleCatalogue.ReviewComment.HelpUri, Tags(RuleCatalogue.ReviewComment));

    /// <summary>Every rule of the catalogue (RM0001–RM0016, RM0030–RM0032, RM0040), in ID order: the C# analyzer reports each of
    /// them wherever the document is known well enough (see <see cref="RuleNeeds"/>).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Lookup.All;

    /// <summary>The same, under the name the documents analyzer uses.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Catalogue => Lookup.All;

    /// <summary>The descriptor of a catalogue rule, or null for an ID the catalogue does not have.</summary>
    /// <param name="ruleId">The rule ID, e.g. "RM0007".</param>
    public static DiagnosticDescriptor? ForRule(string ruleId) =>
        Lookup.ById.TryGetValue(ruleId, out var descriptor) ? descriptor : null;

    // The ID is written out (the release tracking analyzer reads it from the constructor call); every
    // other part comes from the catalogue, and a test checks each ID against its catalogue entry.
    private static LocalizableResourceString Title(RuleDescriptor rule) => Text(rule, "Title");

    private static LocalizableResourceString Message(RuleDescriptor rule) => Text(rule, "Message");

    private static LocalizableResourceString Description(RuleDescriptor rule) => Text(rule, "Description");

    private static DiagnosticSeverity Severity(RuleDescriptor rule) => Map(rule.DefaultSeverity);

    private static bool IsEnabled(RuleDescriptor rule) => rule.IsEnabledByDefault && rule.DefaultSeverity != RuleSeverity.None;

    /// <summary>Maps a catalogue severity to a compiler severity.</summary>
    /// <param name="severity">The catalogue severity.</param>
    public static DiagnosticSeverity Map(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static LocalizableResourceString Text(RuleDescriptor rule, string part) =>
        new($"{rule.Id}_{part}", RuleResources.Manager, typeof(RuleResources));

    private static string[] Tags(RuleDescriptor rule)
    {
        var tags = new List<string> { "ReviewModel" };
        if (rule.DefaultSeverity == RuleSeverity.Error)
        {
            tags.Add("Integrity");
        }

        return tags.ToArray();
    }

    /// <summary>Held by a nested class: the descriptors are static fields, and another part of this partial
    /// class (the documents analyzer's) declares more, whose initializers run in file order.</summary>
    private static class Lookup
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            RequiredSectionMissing,
            AspectWithoutProblem,
            ProblemWithoutAspect,
            ProblemWithoutMeasure,
            MeasureWithoutProblem,
            CauseWithoutProblem,
            PlaceholderLeft,
            ProblemWithoutCause,
            UnresolvedLink,
            DuplicateId,
            MeasureWithoutOwner,
            MeasureWithoutDeadline,
            DeadlineBeforeMeeting,
            MeasureNotCheckable,
            SelfCriticismShareTooLow,
            ThirdPersonInIndividualMaterial,
            HalfWidthPunctuation,
            MixedNumbering,
            SpaceBetweenChinese,
            ReviewComment);

        public static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
            foreach (var descriptor in All)
            {
                index[descriptor.Id] = descriptor;
            }

            return index;
        }
    }
}
