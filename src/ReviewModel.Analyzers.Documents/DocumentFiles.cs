using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReviewModel.Analyzers.Documents;

/// <summary>
/// Which AdditionalFiles are review documents: those the package's default glob marks
/// (<c>ReviewModelDocument="true"</c>), and any other ending in .md, .markdown or .txt unless marked
/// <c>ReviewModelDocument="false"</c> — except the analyzer release files (<c>AnalyzerReleases.*.md</c>).
/// The property <c>ReviewModelCheckDocuments=false</c> turns document checking off.
/// </summary>
internal static class DocumentFiles
{
    /// <summary>The item metadata marking (or unmarking) a file as a review document.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ReviewModelDocument";

    /// <summary>The MSBuild property turning document checking off.</summary>
    public const string SwitchKey = "build_property.ReviewModelCheckDocuments";

    /// <summary>Whether document checking is on for the compilation.</summary>
    /// <param name="options">The compilation's analyzer configuration.</param>
    public static bool IsEnabled(AnalyzerConfigOptionsProvider options) =>
        !(options.GlobalOptions.TryGetValue(SwitchKey, out var value) && IsFalse(value));

    /// <summary>Whether <paramref name="file"/> is checked as a review document.</summary>
    /// <param name="file">The additional file.</param>
    /// <param name="options">The compilation's analyzer configuration.</param>
    public static bool IsDocument(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MetadataKey, out var marked) && !string.IsNullOrWhiteSpace(marked))
        {
            return !IsFalse(marked);
        }

        var name = Path.GetFileName(file.Path);
        if (name.StartsWith("AnalyzerReleases.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFalse(string value) => value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
}
