using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers;

/// <summary>
/// The documents analyzer's own descriptors: RM0100 for a file that cannot be imported, and the importer's
/// notes (RMI…), built exactly like the catalogue's rules (which are in the part shared with the C# analyzer,
/// RuleDiagnostics.cs).
/// </summary>
internal static partial class RuleDiagnostics
{

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

    /// <summary>RMI010: the Word document holds pending revisions; it was read with them accepted.</summary>
    public static readonly DiagnosticDescriptor PendingRevisions = new(
        "RMI010", Title(RuleCatalogue.PendingRevisions), Message(RuleCatalogue.PendingRevisions), RuleCatalogue.PendingRevisions.Category, Severity(RuleCatalogue.PendingRevisions),
        IsEnabled(RuleCatalogue.PendingRevisions), Description(RuleCatalogue.PendingRevisions), RuleCatalogue.PendingRevisions.HelpUri, Tags(RuleCatalogue.PendingRevisions));

    /// <summary>RMI011: a Word document's headers, footers or cover page were not imported.</summary>
    public static readonly DiagnosticDescriptor PageFurnitureSkipped = new(
        "RMI011", Title(RuleCatalogue.PageFurnitureSkipped), Message(RuleCatalogue.PageFurnitureSkipped), RuleCatalogue.PageFurnitureSkipped.Category, Severity(RuleCatalogue.PageFurnitureSkipped),
        IsEnabled(RuleCatalogue.PageFurnitureSkipped), Description(RuleCatalogue.PageFurnitureSkipped), RuleCatalogue.PageFurnitureSkipped.HelpUri, Tags(RuleCatalogue.PageFurnitureSkipped));

    /// <summary>The importer's diagnostics (RMI001–RMI011, category Import), in ID order.</summary>
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
            ChromeSkipped, NoTitle, LinesJoined, AspectNotMatched, NoStructure, UnknownSection, LegacyEncoding, OutlineSkipped, Big5Encoding, PendingRevisions, PageFurnitureSkipped);

        public static readonly Dictionary<string, DiagnosticDescriptor> ById =
            Notes.ToDictionary(d => d.Id, d => d, StringComparer.OrdinalIgnoreCase);
    }
}
