using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    public static readonly DiagnosticDescriptor HalfWidthPunctuation = new(
        "RM0030", Title(RuleCatalogue.HalfWidthPunctuation), Message(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.Category, Severity(RuleCatalogue.HalfWidthPunctuation),
        IsEnabled(RuleCatalogue.HalfWidthPunctuation), Description(RuleCatalogue.HalfWidthPunctuation), RuleCatalogue.HalfWidthPunctuation.HelpUri, Tags(RuleCatalogue.HalfWidthPunctuation));

    public static readonly DiagnosticDescriptor MixedNumbering = new(
        "RM0031", Title(RuleCatalogue.MixedNumbering), Message(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.Category, Severity(RuleCatalogue.MixedNumbering),
        IsEnabled(RuleCatalogue.MixedNumbering), Description(RuleCatalogue.MixedNumbering), RuleCatalogue.MixedNumbering.HelpUri, Tags(RuleCatalogue.MixedNumbering));

    public static readonly DiagnosticDescriptor SpaceBetweenChinese = new(
        "RM0032", Title(RuleCatalogue.SpaceBetweenChinese), Message(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.Category, Severity(RuleCatalogue.SpaceBetweenChinese),
        IsEnabled(RuleCatalogue.SpaceBetweenChinese), Description(RuleCatalogue.SpaceBetweenChinese), RuleCatalogue.SpaceBetweenChinese.HelpUri, Tags(RuleCatalogue.SpaceBetweenChinese));

    /// <summary>RM0100 (category Files): a document file could not be imported; the message says why, in the UI language.</summary>
    public static readonly DiagnosticDescriptor DocumentNotImported = new(
        "RM0100", Title(RuleCatalogue.DocumentNotImported), Message(RuleCatalogue.DocumentNotImported), RuleCatalogue.DocumentNotImported.Category, Severity(RuleCatalogue.DocumentNotImported),
        IsEnabled(RuleCatalogue.DocumentNotImported), Description(RuleCatalogue.DocumentNotImported), RuleCatalogue.DocumentNotImported.HelpUri, Tags(RuleCatalogue.DocumentNotImported));

    public static readonly DiagnosticDescriptor ChromeSkipped = new(
        "RMI001", Title(RuleCatalogue.ChromeSkipped), Message(RuleCatalogue.ChromeSkipped), RuleCatalogue.ChromeSkipped.Category, Severity(RuleCatalogue.ChromeSkipped),
        IsEnabled(RuleCatalogue.ChromeSkipped), Description(RuleCatalogue.ChromeSkipped), RuleCatalogue.ChromeSkipped.HelpUri, Tags(RuleCatalogue.ChromeSkipped));

    public static readonly DiagnosticDescriptor NoTitle = new(
        "RMI002", Title(RuleCatalogue.NoTitle), Message(RuleCatalogue.NoTitle), RuleCatalogue.NoTitle.Category, Severity(RuleCatalogue.NoTitle),
        IsEnabled(RuleCatalogue.NoTitle), Description(RuleCatalogue.NoTitle), RuleCatalogue.NoTitle.HelpUri, Tags(RuleCatalogue.NoTitle));

    public static readonly DiagnosticDescriptor LinesJoined = new(
        "RMI003", Title(RuleCatalogue.LinesJoined), Message(RuleCatalogue.LinesJoined), RuleCatalogue.LinesJoined.Category, Severity(RuleCatalogue.LinesJoined),
        IsEnabled(RuleCatalogue.LinesJoined), Description(RuleCatalogue.LinesJoined), RuleCatalogue.LinesJoined.HelpUri, Tags(RuleCatalogue.LinesJoined));

    public static readonly DiagnosticDescriptor AspectNotMatched = new(
        "RMI004", Title(RuleCatalogue.AspectNotMatched), Message(RuleCatalogue.AspectNotMatched), RuleCatalogue.AspectNotMatched.Category, Severity(RuleCatalogue.AspectNotMatched),
        IsEnabled(RuleCatalogue.AspectNotMatched), Description(RuleCatalogue.AspectNotMatched), RuleCatalogue.AspectNotMatched.HelpUri, Tags(RuleCatalogue.AspectNotMatched));

    public static readonly DiagnosticDescriptor NoStructure = new(
        "RMI005", Title(RuleCatalogue.NoStructure), Message(RuleCatalogue.NoStructure), RuleCatalogue.NoStructure.Category, Severity(RuleCatalogue.NoStructure),
        IsEnabled(RuleCatalogue.NoStructure), Description(RuleCatalogue.NoStructure), RuleCatalogue.NoStructure.HelpUri, Tags(RuleCatalogue.NoStructure));

    public static readonly DiagnosticDescriptor UnknownSection = new(
        "RMI006", Title(RuleCatalogue.UnknownSection), Message(RuleCatalogue.UnknownSection), RuleCatalogue.UnknownSection.Category, Severity(RuleCatalogue.UnknownSection),
        IsEnabled(RuleCatalogue.UnknownSection), Description(RuleCatalogue.UnknownSection), RuleCatalogue.UnknownSection.HelpUri, Tags(RuleCatalogue.UnknownSection));

    public static readonly DiagnosticDescriptor LegacyEncoding = new(
        "RMI007", Title(RuleCatalogue.LegacyEncoding), Message(RuleCatalogue.LegacyEncoding), RuleCatalogue.LegacyEncoding.Category, Severity(RuleCatalogue.LegacyEncoding),
        IsEnabled(RuleCatalogue.LegacyEncoding), Description(RuleCatalogue.LegacyEncoding), RuleCatalogue.LegacyEncoding.HelpUri, Tags(RuleCatalogue.LegacyEncoding));

    public static readonly DiagnosticDescriptor OutlineSkipped = new(
        "RMI008", Title(RuleCatalogue.OutlineSkipped), Message(RuleCatalogue.OutlineSkipped), RuleCatalogue.OutlineSkipped.Category, Severity(RuleCatalogue.OutlineSkipped),
        IsEnabled(RuleCatalogue.OutlineSkipped), Description(RuleCatalogue.OutlineSkipped), RuleCatalogue.OutlineSkipped.HelpUri, Tags(RuleCatalogue.OutlineSkipped));

    public static readonly DiagnosticDescriptor Big5Encoding = new(
        "RMI009", Title(RuleCatalogue.Big5Encoding), Message(RuleCatalogue.Big5Encoding), RuleCatalogue.Big5Encoding.Category, Severity(RuleCatalogue.Big5Encoding),
        IsEnabled(RuleCatalogue.Big5Encoding), Description(RuleCatalogue.Big5Encoding), RuleCatalogue.Big5Encoding.HelpUri, Tags(RuleCatalogue.Big5Encoding));

    /// <summary>The importer's diagnostics (RMI001–RMI009, category Import), in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> ImportNotes => ImportLookup.Notes;

    /// <summary>The descriptor of an importer diagnostic, or null for a code the catalogue does not have.</summary>
    /// <param name="code">The code, e.g. "RMI003".</param>
    public static DiagnosticDescriptor? ForImportNote(string code) =>
        ImportLookup.ById.TryGetValue(code, out var descriptor) ? descriptor : null;

    /// <summary>A reason for RM0100 from the catalogue's resources, formatted in the compiler's UI language.</summary>
    /// <param name="resource">The resource name, e.g. <c>RM0100_Reason_Empty</c>.</param>
    public static LocalizableString Reason(string resource) =>
        new LocalizableResourceString(resource, RuleResources.Manager, typeof(RuleResources));

    /// <summary>A reason for RM0100 with arguments, formatted in the compiler's UI language.</summary>
    /// <param name="resource">The resource name, e.g. <c>RM0100_Reason_Unexpected</c>.</param>
    /// <param name="arguments">The arguments of the resource's format.</param>
    public static LocalizableString Reason(string resource, params string[] arguments) =>
        new LocalizableResourceString(resource, RuleResources.Manager, typeof(RuleResources), arguments);

    private static class ImportLookup
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> Notes = ImmutableArray.Create(
            ChromeSkipped, NoTitle, LinesJoined, AspectNotMatched, NoStructure, UnknownSection, LegacyEncoding, OutlineSkipped, Big5Encoding);

        public static readonly Dictionary<string, DiagnosticDescriptor> ById =
            Notes.ToDictionary(d => d.Id, d => d, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every rule of the catalogue (RM0001–RM0016, RM0030–RM0032), in ID order.</summary>
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
