using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// What an import produced: the document (every element with its source position), the links the
/// importer proposed, what it noticed, and the lines it left out as page chrome.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(ReviewDocument document, IReadOnlyList<InferredLink> inferredLinks, IReadOnlyList<ImportDiagnostic> diagnostics, IReadOnlyList<Paragraph> skipped)
    {
        Document = document;
        InferredLinks = inferredLinks;
        Diagnostics = diagnostics;
        Skipped = skipped;
    }

    /// <summary>The imported document.</summary>
    public ReviewDocument Document { get; }

    /// <summary>The links the importer proposed (also in the document, marked inferred).</summary>
    public IReadOnlyList<InferredLink> InferredLinks { get; }

    /// <summary>What the importer noticed.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Lines before the title left out as page chrome (site names, view counts), with their positions.</summary>
    public IReadOnlyList<Paragraph> Skipped { get; }
}
