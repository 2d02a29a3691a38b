using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReviewModel.Analyzers.Documents;

/// <summary>
/// Which AdditionalFiles are review documents. Checking is opt-in, so that files other tools add
/// (<c>PublicAPI.Shipped.txt</c>, <c>BannedSymbols.txt</c>, <c>NativeMethods.txt</c>, a project
/// <c>README.md</c>) are never read: a file is a document when its item has the metadata
/// <c>ReviewModelDocument="true"</c> (the package's default glob sets it on every
/// <c>**/*.review.md</c> and <c>**/*.review.txt</c>), or, without that metadata, when its name ends in
/// <c>.review.md</c> or <c>.review.txt</c> (a file the project lists itself, which the glob then skips).
/// <c>ReviewModelDocument="false"</c> opts a file out whatever its name; the property
/// <c>ReviewModelCheckDocuments=false</c> turns document checking off.
/// </summary>
internal static class DocumentFiles
{
    /// <summary>The item metadata marking (or unmarking) a file as a review document.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ReviewModelDocument";

    /// <summary>The MSBuild property turning document checking off.</summary>
    public const string SwitchKey = "build_property.ReviewModelCheckDocuments";

    private static readonly string[] DocumentSuffixes = { ".review.md", ".review.txt" };

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
            return IsTrue(marked);
        }

        var name = Path.GetFileName(file.Path);
        foreach (var suffix in DocumentSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFalse(string value) => value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);

    private static bool IsTrue(string value) => value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}
