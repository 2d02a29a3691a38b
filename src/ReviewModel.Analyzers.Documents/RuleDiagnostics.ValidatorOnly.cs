using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers;

/// <summary>
/// The descriptors of the rules only the validator checks (the C# analyzer cannot know them from code),
/// built exactly like the others, and the analyzer's own RM0100 for a file that cannot be imported.
/// </summary>
internal static partial class RuleDiagnostics
{
    public static readonly DiagnosticDescriptor MeasureWithoutOwner = new(
        "RM0011", Title(RuleCatalogue.MeasureWithoutOwner), Message(RuleCatalogue.MeasureWithoutOwner), RuleCatalogue.MeasureWithoutOwner.Category, Severity(RuleCatalogue.MeasureWithoutOwner),
        IsEnabled(RuleCatalogue.MeasureWithoutOwner), Description(RuleCatalogue.MeasureWithoutOwner), RuleCatalogue.MeasureWithoutOwner.HelpUri, Tags(RuleCatalogue.MeasureWithoutOwner));

    public static readonly DiagnosticDescriptor MeasureWithoutDeadline = new(
        "RM0012", Title(RuleCatalogue.MeasureWithoutDeadline), Message(RuleCatalogue.MeasureWithoutDeadline), RuleCatalogue.MeasureWithoutDeadline.Category, Severity(RuleCatalogue.MeasureWithoutDeadline),
        IsEnabled(RuleCatalogue.MeasureWithoutDeadline), Description(RuleCatalogue.MeasureWithoutDeadline), RuleCatalogue.MeasureWithoutDeadline.HelpUri, Tags(RuleCatalogue.MeasureWithoutDeadline));

    public static readonly DiagnosticDescriptor MeasureNotCheckable = new(
        "RM0014", Title(RuleCatalogue.MeasureNotCheckable), Message(RuleCatalogue.MeasureNotCheckable), RuleCatalogue.MeasureNotCheckable.Category, Severity(RuleCatalogue.MeasureNotCheckable),
        IsEnabled(RuleCatalogue.MeasureNotCheckable), Description(RuleCatalogue.MeasureNotCheckable), RuleCatalogue.MeasureNotCheckable.HelpUri, Tags(RuleCatalogue.MeasureNotCheckable));

    public static readonly DiagnosticDescriptor SelfCriticismShareTooLow = new(
        "RM0015", Title(RuleCatalogue.SelfCriticismShareTooLow), Message(RuleCatalogue.SelfCriticismShareTooLow), RuleCatalogue.SelfCriticismShareTooLow.Category, Severity(RuleCatalogue.SelfCriticismShareTooLow),
        IsEnabled(RuleCatalogue.SelfCriticismShareTooLow), Description(RuleCatalogue.SelfCriticismShareTooLow), RuleCatalogue.SelfCriticismShareTooLow.HelpUri, Tags(RuleCatalogue.SelfCriticismShareTooLow));

    public static readonly DiagnosticDescriptor ThirdPersonInIndividualMaterial = new(
        "RM0016", Title(RuleCatalogue.ThirdPersonInIndividualMaterial), Message(RuleCatalogue.ThirdPersonInIndividualMaterial), RuleCatalogue.ThirdPersonInIndividualMaterial.Category, Severity(RuleCatalogue.ThirdPersonInIndividualMaterial),
        IsEnabled(RuleCatalogue.ThirdPersonInIndividualMaterial), Description(RuleCatalogue.ThirdPersonInIndividualMaterial), RuleCatalogue.ThirdPersonInIndividualMaterial.HelpUri, Tags(RuleCatalogue.ThirdPersonInIndividualMaterial));

    // RM0020–RM0025 check the ledger (LedgerValidator) or compare materials (RecurringProblems, SimilarityIndex), never one document file; they are listed so that
    // the analyzer's descriptors stay the whole catalogue, and .globalconfig severities for them are accepted.
    public static readonly DiagnosticDescriptor LedgerEntryOverdue = new(
        "RM0020", Title(RuleCatalogue.LedgerEntryOverdue), Message(RuleCatalogue.LedgerEntryOverdue), RuleCatalogue.LedgerEntryOverdue.Category, Severity(RuleCatalogue.LedgerEntryOverdue),
        IsEnabled(RuleCatalogue.LedgerEntryOverdue), Description(RuleCatalogue.LedgerEntryOverdue), RuleCatalogue.LedgerEntryOverdue.HelpUri, Tags(RuleCatalogue.LedgerEntryOverdue));

    public static readonly DiagnosticDescriptor LedgerEntryDueSoon = new(
        "RM0021", Title(RuleCatalogue.LedgerEntryDueSoon), Message(RuleCatalogue.LedgerEntryDueSoon), RuleCatalogue.LedgerEntryDueSoon.Category, Severity(RuleCatalogue.LedgerEntryDueSoon),
        IsEnabled(RuleCatalogue.LedgerEntryDueSoon), Description(RuleCatalogue.LedgerEntryDueSoon), RuleCatalogue.LedgerEntryDueSoon.HelpUri, Tags(RuleCatalogue.LedgerEntryDueSoon));

    public static readonly DiagnosticDescriptor LedgerCompletedWithoutEvidence = new(
        "RM0022", Title(RuleCatalogue.LedgerCompletedWithoutEvidence), Message(RuleCatalogue.LedgerCompletedWithoutEvidence), RuleCatalogue.LedgerCompletedWithoutEvidence.Category, Severity(RuleCatalogue.LedgerCompletedWithoutEvidence),
        IsEnabled(RuleCatalogue.LedgerCompletedWithoutEvidence), Description(RuleCatalogue.LedgerCompletedWithoutEvidence), RuleCatalogue.LedgerCompletedWithoutEvidence.HelpUri, Tags(RuleCatalogue.LedgerCompletedWithoutEvidence));

    public static readonly DiagnosticDescriptor LedgerDeadlineChanged = new(
        "RM0023", Title(RuleCatalogue.LedgerDeadlineChanged), Message(RuleCatalogue.LedgerDeadlineChanged), RuleCatalogue.LedgerDeadlineChanged.Category, Severity(RuleCatalogue.LedgerDeadlineChanged),
        IsEnabled(RuleCatalogue.LedgerDeadlineChanged), Description(RuleCatalogue.LedgerDeadlineChanged), RuleCatalogue.LedgerDeadlineChanged.HelpUri, Tags(RuleCatalogue.LedgerDeadlineChanged));

    public static readonly DiagnosticDescriptor RecurringProblem = new(
        "RM0024", Title(RuleCatalogue.RecurringProblem), Message(RuleCatalogue.RecurringProblem), RuleCatalogue.RecurringProblem.Category, Severity(RuleCatalogue.RecurringProblem),
        IsEnabled(RuleCatalogue.RecurringProblem), Description(RuleCatalogue.RecurringProblem), RuleCatalogue.RecurringProblem.HelpUri, Tags(RuleCatalogue.RecurringProblem));

    public static readonly DiagnosticDescriptor CopiedParagraph = new(
        "RM0025", Title(RuleCatalogue.CopiedParagraph), Message(RuleCatalogue.CopiedParagraph), RuleCatalogue.CopiedParagraph.Category, Severity(RuleCatalogue.CopiedParagraph),
        IsEnabled(RuleCatalogue.CopiedParagraph), Description(RuleCatalogue.CopiedParagraph), RuleCatalogue.CopiedParagraph.HelpUri, Tags(RuleCatalogue.CopiedParagraph));
    public static readonly DiagnosticDescriptor HalfWidthPunctuation = new(
        "RM0030", Title(RuleCatalogue.HalfWidthPunctuation), Message(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.Category, Severity(RuleCatalogue.HalfWidthPunctuation),
        IsEnabled(RuleCatalogue.HalfWidthPunctuation), Description(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.HelpUri, Tags(RuleCatalogue.HalfWidthPunctuation));

    public static readonly DiagnosticDescriptor MixedNumbering = new(
        "RM0031", Title(RuleCatalogue.MixedNumbering), Message(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.Category, Severity(RuleCatalogue.MixedNumbering),
        IsEnabled(RuleCatalogue.MixedNumbering), Description(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.HelpUri, Tags(RuleCatalogue.MixedNumbering));

    public static readonly DiagnosticDescriptor SpaceBetweenChinese = new(
        "RM0032", Title(RuleCatalogue.SpaceBetweenChinese), Message(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.Category, Severity(RuleCatalogue.SpaceBetweenChinese),
        IsEnabled(RuleCatalogue.SpaceBetweenChinese), Description(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.HelpUri, Tags(RuleCatalogue.SpaceBetweenChinese));

    /// <summary>RM0100 (analyzer only): a document file could not be imported; the message says what and where.</summary>
    public static readonly DiagnosticDescriptor DocumentNotImported = new(
        "RM0100",
        "文档无法导入 (the document cannot be imported)",
        "文档无法导入 (the document cannot be imported): {0}",
        "Import",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "作为对照检查材料检查的文件无法导入，未检查任何规则。A file checked as a review document (an AdditionalFiles item ending in .md, .markdown or .txt) could not be read by ReviewImporter, so no rule was checked on it.",
        "https://github.com/reviewmodel/reviewmodel/blob/main/docs/analyzers.md#documents-at-build",
        "ReviewModel");

    /// <summary>Every rule of the catalogue (RM0001–RM0016, RM0020–RM0025, RM0030–RM0032), in ID order.</summary>
    /// <remarks>Held by a nested class: the descriptors are fields of both parts of this partial class,
    /// whose initializers run in an order the language leaves to the file order.</remarks>
    public static ImmutableArray<DiagnosticDescriptor> Catalogue => Lookup.Catalogue;

    /// <summary>The descriptor of a catalogue rule, or null for an ID the catalogue does not have.</summary>
    /// <param name="ruleId">The rule ID, e.g. "RM0007".</param>
    public static DiagnosticDescriptor? ForRule(string ruleId) =>
        Lookup.ById.TryGetValue(ruleId, out var descriptor) ? descriptor : null;

    private static class Lookup
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> Catalogue = ImmutableArray.Create(
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
            LedgerEntryOverdue,
            LedgerEntryDueSoon,
            LedgerCompletedWithoutEvidence,
            LedgerDeadlineChanged,
            RecurringProblem,
            CopiedParagraph,
            HalfWidthPunctuation,
            MixedNumbering,
            SpaceBetweenChinese);

        public static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
            foreach (var descriptor in Catalogue)
            {
                index[descriptor.Id] = descriptor;
            }

            return index;
        }
    }
}
