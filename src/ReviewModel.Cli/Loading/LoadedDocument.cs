using System.Collections.Generic;
using ReviewModel.Import;
using ReviewModel.Model;

namespace ReviewModel.Cli.Loading;

/// <summary>A document read from a file, with what the importer noticed (none for document JSON).</summary>
internal sealed class LoadedDocument
{
    public LoadedDocument(string path, ReviewDocument document, IReadOnlyList<ImportDiagnostic> diagnostics)
    {
        Path = path;
        Document = document;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public ReviewDocument Document { get; }

    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }
}
