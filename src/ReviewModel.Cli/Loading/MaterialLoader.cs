using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Cli.Loading;

/// <summary>Reads materials for comparison: a material file, a document JSON, or a ledger JSON (its material).</summary>
internal static class MaterialLoader
{
    private static readonly string[] Extensions = { ".txt", ".md", ".markdown", ".docx", ".json" };

    public static ReviewDocument Load(string path, CancellationToken cancellationToken) =>
        LedgerLoader.IsLedger(path) ? LedgerLoader.Load(path).Ledger.Document : DocumentLoader.Load(path, cancellationToken).Document;

    /// <summary>The year a file name mentions (2023, 2023年度), or the file name.</summary>
    public static string Label(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var year = Regex.Match(name, "(19|20)[0-9]{2}");
        return year.Success ? year.Value + "年度" : name;
    }

    /// <summary>Every material file in the folders (recursively) or the files given, in name order.</summary>
    /// <exception cref="CommandInputException">A path is neither a folder nor a file.</exception>
    public static List<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new CommandInputException($"{path}: 文件或文件夹不存在 (no such file or folder).");
            }
        }

        return files;
    }
}
