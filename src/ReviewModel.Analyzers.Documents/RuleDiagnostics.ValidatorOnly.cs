using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers;

/// <summary>
/// The documents analyzer's own RM0100, for a file that cannot be imported (the catalogue's rules,
/// RM0001–RM0016, are in the part shared with the C# analyzer, RuleDiagnostics.cs).
/// </summary>
internal static partial class RuleDiagnostics
{
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
}
