using System;
using System.IO;
using System.Threading;
using ReviewModel.Import;
using ReviewModel.Serialization;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// Reads the document a command works on: a document JSON (<c>.json</c>, as written by
/// <c>import --to json</c>) or any file the importer reads (.txt, .md, .docx). Every way a file can
/// fail (missing, unreadable, unsupported, empty, not text, invalid JSON) becomes a
/// <see cref="CommandInputException"/> whose message starts with the file name.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>Whether the file is read as a document JSON rather than imported.</summary>
    public static bool IsJson(string path) => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a document JSON or imports any other file.</summary>
    /// <exception cref="CommandInputException">The file cannot be used.</exception>
    public static LoadedDocument Load(string path, CancellationToken cancellationToken = default) =>
        IsJson(path) ? LoadJson(path) : Import(path, cancellationToken);

    /// <summary>Imports a .txt/.md/.docx file (a .json file is refused: it is already a document).</summary>
    /// <exception cref="CommandInputException">The file cannot be imported.</exception>
    public static LoadedDocument Import(string path, CancellationToken cancellationToken = default)
    {
        if (IsJson(path))
        {
            throw new CommandInputException($"{path}: 已是文档 JSON，无需导入，请用 render 或 lists (already a document JSON: use render or lists).");
        }

        try
        {
            var imported = ReviewImporter.ImportFile(path, ImportOptions.Default.WithFile(path), cancellationToken);
            return new LoadedDocument(path, imported.Document, imported.Diagnostics);
        }
        catch (ReviewImportException e)
        {
            throw new CommandInputException(e.Message, e);
        }
    }

    private static LoadedDocument LoadJson(string path)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAll(path, ImportLimits.Default.MaxFileBytes, path);
        }
        catch (ReviewImportException e)
        {
            throw new CommandInputException(e.Message, e);
        }

        try
        {
            return new LoadedDocument(path, ReviewJson.Deserialize(bytes), Array.Empty<ImportDiagnostic>());
        }
        catch (ReviewJsonException e)
        {
            throw new CommandInputException($"{path}: {e.Message}", e);
        }
    }
}
