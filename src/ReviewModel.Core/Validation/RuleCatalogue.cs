using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Validation;

/// <summary>
/// Every rule and diagnostic of ReviewModel, by stable ID: one catalogue for the validator, the importer,
/// the command line and the analyzers. IDs are never reused or renumbered; a retired rule keeps its ID.
/// </summary>
/// <remarks>
/// ID ranges, one per kind of check (docs/rules/README.md):
/// <list type="bullet">
/// <item><c>RM0001</c>–<c>RM0099</c>: rules on a document's content, checked by <c>ReviewValidator</c>
/// (categories Structure, Links, Content, Accountability from RM0001; Ledger from RM0020; Typography from RM0030; Review from RM0040).</item>
/// <item><c>RM0100</c>–<c>RM0199</c>: category Files — a document file that could not be checked at all.</item>
/// <item><c>RMI001</c>–<c>RMI099</c>: category Import — what the importer noticed while recovering a file's structure.</item>
/// </list>
/// </remarks>
public static class RuleCatalogue
{
    /// <summary>RM0001: a required section is missing or empty.</summary>
    public static RuleDescriptor RequiredSectionMissing { get; } = new("RM0001", "Structure", RuleSeverity.Error, RuleNeeds.Document);

    /// <summary>RM0002: an aspect of the catalogue has no problem.</summary>
    public static RuleDescriptor AspectWithoutProblem { get; } = new("RM0002", "Structure", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0003: a problem is under no aspect.</summary>
    public static RuleDescriptor ProblemWithoutAspect { get; } = new("RM0003", "Structure", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0004: a problem is addressed by no measure.</summary>
    public static RuleDescriptor ProblemWithoutMeasure { get; } = new("RM0004", "Links", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0005: a measure addresses no problem.</summary>
    public static RuleDescriptor MeasureWithoutProblem { get; } = new("RM0005", "Links", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0006: a cause explains no problem.</summary>
    public static RuleDescriptor CauseWithoutProblem { get; } = new("RM0006", "Links", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0007: placeholder text is left in.</summary>
    public static RuleDescriptor PlaceholderLeft { get; } = new("RM0007", "Content", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0008: a problem is explained by no cause (when the document has causes).</summary>
    public static RuleDescriptor ProblemWithoutCause { get; } = new("RM0008", "Links", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0009: a link points at an ID that does not exist (or at an element of the wrong kind).</summary>
    public static RuleDescriptor UnresolvedLink { get; } = new("RM0009", "Links", RuleSeverity.Error, RuleNeeds.Document);

    /// <summary>RM0010: an ID is declared twice.</summary>
    public static RuleDescriptor DuplicateId { get; } = new("RM0010", "Links", RuleSeverity.Error, RuleNeeds.Document);

    /// <summary>RM0011: a measure has no owner (责任人) or owning unit (责任单位).</summary>
    public static RuleDescriptor MeasureWithoutOwner { get; } = new("RM0011", "Accountability", RuleSeverity.Warning, RuleNeeds.Header);

    /// <summary>RM0012: a measure has no deadline (完成时限).</summary>
    public static RuleDescriptor MeasureWithoutDeadline { get; } = new("RM0012", "Accountability", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0013: a measure's deadline is before the meeting date.</summary>
    public static RuleDescriptor DeadlineBeforeMeeting { get; } = new("RM0013", "Accountability", RuleSeverity.Warning, RuleNeeds.Header);

    /// <summary>RM0014: a measure has nothing checkable (no number, date or concrete target).</summary>
    public static RuleDescriptor MeasureNotCheckable { get; } = new("RM0014", "Content", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0015: problems and causes take less than the configured share of the text (a local audit rule).</summary>
    public static RuleDescriptor SelfCriticismShareTooLow { get; } = new("RM0015", "Content", RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RM0016: an individual's material speaks in the third person (有的同志, 班子成员).</summary>
    public static RuleDescriptor ThirdPersonInIndividualMaterial { get; } = new("RM0016", "Content", RuleSeverity.Warning, RuleNeeds.Header);

    /// <summary>RM0020: an open 整改事项 of the ledger is past its deadline.</summary>
    public static RuleDescriptor LedgerEntryOverdue { get; } = new("RM0020", "Ledger", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0021: an open 整改事项 of the ledger is due within the configured number of days.</summary>
    public static RuleDescriptor LedgerEntryDueSoon { get; } = new("RM0021", "Ledger", RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RM0022: a 整改事项 is 已完成 (or 已销号) with no evidence in its progress log.</summary>
    public static RuleDescriptor LedgerCompletedWithoutEvidence { get; } = new("RM0022", "Ledger", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0023: a 整改事项's deadline was changed after the meeting.</summary>
    public static RuleDescriptor LedgerDeadlineChanged { get; } = new("RM0023", "Ledger", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0024: a problem's substance was already written in an earlier year's material (年年提).</summary>
    public static RuleDescriptor RecurringProblem { get; } = new("RM0024", "Similarity", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0025: a paragraph closely matches a paragraph of another material (照搬照抄).</summary>
    public static RuleDescriptor CopiedParagraph { get; } = new("RM0025", "Similarity", RuleSeverity.Warning, RuleNeeds.Document);
    /// <summary>RM0030: half-width <c>, ; : ( )</c> or ASCII quotes in Chinese text (GB/T 15834).</summary>
    public static RuleDescriptor HalfWidthPunctuation { get; } = new("RM0030", "Typography", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0031: <c>(一)</c> in one section and <c>（一）</c> in another.</summary>
    public static RuleDescriptor MixedNumbering { get; } = new("RM0031", "Typography", RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RM0032: a space between two Chinese characters.</summary>
    public static RuleDescriptor SpaceBetweenChinese { get; } = new("RM0032", "Typography", RuleSeverity.Warning, RuleNeeds.Element);

    /// <summary>RM0040: a reviewer's comment (批注) kept in the document, listed at the element it is anchored to.</summary>
    public static RuleDescriptor ReviewComment { get; } = new("RM0040", "Review", RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RM0100: a document file cannot be read or imported, so no rule was checked on it (at build, and in the command line's SARIF output, which called it RMI000 before).</summary>
    public static RuleDescriptor DocumentNotImported { get; } = new("RM0100", FilesCategory, RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RMI001: lines of page chrome (site names, view counts, page numbers) were skipped.</summary>
    public static RuleDescriptor ChromeSkipped { get; } = new("RMI001", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI002: no title was found.</summary>
    public static RuleDescriptor NoTitle { get; } = new("RMI002", ImportCategory, RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RMI003: hard line breaks inside sentences were joined; positions after a joined break are approximate.</summary>
    public static RuleDescriptor LinesJoined { get; } = new("RMI003", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI004: an aspect heading matches no aspect of the catalogue.</summary>
    public static RuleDescriptor AspectNotMatched { get; } = new("RMI004", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI005: no section structure was found; the text was kept as opening paragraphs.</summary>
    public static RuleDescriptor NoStructure { get; } = new("RMI005", ImportCategory, RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RMI006: a section heading was not recognised and was kept as a free section.</summary>
    public static RuleDescriptor UnknownSection { get; } = new("RMI006", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI007: the file was not UTF-8 and was read as GB18030.</summary>
    public static RuleDescriptor LegacyEncoding { get; } = new("RMI007", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI008: an outline or table of contents before the title (short lines repeating the headings) was skipped.</summary>
    public static RuleDescriptor OutlineSkipped { get; } = new("RMI008", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI009: the file was Big5 (traditional Chinese) and was read as Big5, not garbled as GB18030.</summary>
    public static RuleDescriptor Big5Encoding { get; } = new("RMI009", ImportCategory, RuleSeverity.Warning, RuleNeeds.Document);

    /// <summary>RMI010: a Word document still holds tracked changes (修订); it was read as it reads with all of them accepted.</summary>
    public static RuleDescriptor PendingRevisions { get; } = new("RMI010", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>RMI011: a Word document's headers, footers or cover page were not imported.</summary>
    public static RuleDescriptor PageFurnitureSkipped { get; } = new("RMI011", ImportCategory, RuleSeverity.Info, RuleNeeds.Document);

    /// <summary>Every rule and diagnostic, in ID order: the document rules (RM0001…), then RM01xx, then RMI….</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        RequiredSectionMissing, AspectWithoutProblem, ProblemWithoutAspect, ProblemWithoutMeasure, MeasureWithoutProblem,
        CauseWithoutProblem, PlaceholderLeft, ProblemWithoutCause, UnresolvedLink, DuplicateId, MeasureWithoutOwner,
        MeasureWithoutDeadline, DeadlineBeforeMeeting, MeasureNotCheckable, SelfCriticismShareTooLow, ThirdPersonInIndividualMaterial,
        LedgerEntryOverdue, LedgerEntryDueSoon, LedgerCompletedWithoutEvidence, LedgerDeadlineChanged, RecurringProblem, CopiedParagraph,
        HalfWidthPunctuation, MixedNumbering, SpaceBetweenChinese, ReviewComment,
        DocumentNotImported,
        ChromeSkipped, NoTitle, LinesJoined, AspectNotMatched, NoStructure, UnknownSection, LegacyEncoding, OutlineSkipped, Big5Encoding, PendingRevisions, PageFurnitureSkipped,
    };

    /// <summary>The category of RM0100–RM0199: a document file that could not be checked.</summary>
    internal const string FilesCategory = "Files";

    /// <summary>The category of RMI001–RMI099: what the importer noticed.</summary>
    internal const string ImportCategory = "Import";

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(r => r.Id, System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a rule by ID (case-insensitive).</summary>
    /// <param name="id">The ID, e.g. "RM0007".</param>
    /// <returns>The rule, or null.</returns>
    public static RuleDescriptor? Find(string id) => id is not null && ById.TryGetValue(id, out var rule) ? rule : null;
}
