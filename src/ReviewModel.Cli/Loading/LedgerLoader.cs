using System;
using System.IO;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;

namespace ReviewModel.Cli.Loading;

/// <summary>Reads a ledger JSON; every way it can fail becomes a <see cref="CommandInputException"/> naming the file.</summary>
internal static class LedgerLoader
{
    public static (RectificationLedger Ledger, System.Collections.Generic.IReadOnlyList<string> UnknownFields) Load(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                throw new CommandInputException($"{path}: 文件不存在 (file not found).");
            }

            if (new FileInfo(path).Length == 0)
            {
                throw new CommandInputException($"{path}: 文件为空 (the file is empty).");
            }

            var result = LedgerJson.ReadFile(path);
            return (result.Ledger, result.UnknownFields);
        }
        catch (LedgerJsonException e)
        {
            throw new CommandInputException(e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message : $"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new CommandInputException($"{path}: 无法读取文件：{e.Message} (cannot read the file).", e);
        }
    }

    /// <summary>Whether a .json file is a ledger (has a schemaVersion) rather than a document JSON.</summary>
    public static bool IsLedger(string path)
    {
        if (!DocumentLoader.IsJson(path) || !File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[512];
            var read = reader.Read(buffer, 0, buffer.Length);
            return new string(buffer, 0, read).Contains("\"schemaVersion\"");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
