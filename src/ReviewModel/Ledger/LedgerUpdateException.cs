using System;

namespace ReviewModel.Ledger;

/// <summary>
/// A ledger change was refused: an unknown entry, a status change the <see cref="LedgerTransitions"/> table
/// forbids, 销号 without evidence, a blank value. The message starts with the entry's path and key
/// (<c>entries[3] (P1.1/M1).status: …</c>); the ledger the change was made on is unchanged.
/// </summary>
public sealed class LedgerUpdateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The ledger path, e.g. <c>entries[3].status</c>.</param>
    /// <param name="key">The entry's key, or null.</param>
    /// <param name="reason">What is wrong.</param>
    public LedgerUpdateException(string path, string? key, string reason)
        : base(Format(path, key, reason))
    {
        Path = path;
        Key = key;
        Reason = reason;
    }

    /// <summary>The ledger path, e.g. <c>entries[3].status</c>.</summary>
    public string Path { get; }

    /// <summary>The entry's key, or null.</summary>
    public string? Key { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Format(string path, string? key, string reason)
    {
        if (key is null)
        {
            return $"{path}: {reason}";
        }

        var dot = path.IndexOf('.');
        return dot < 0 ? $"{path} ({key}): {reason}" : $"{path.Substring(0, dot)} ({key}){path.Substring(dot)}: {reason}";
    }
}
