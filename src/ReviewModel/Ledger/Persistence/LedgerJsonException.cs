using System;

namespace ReviewModel.Ledger.Persistence;

/// <summary>Thrown when JSON does not describe a valid ledger: says what and where (JSON path, line when known).</summary>
public sealed class LedgerJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="path">The JSON path, when known.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public LedgerJsonException(string message, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        JsonPath = path;
    }

    /// <summary>The JSON path of the error, when known.</summary>
    public string? JsonPath { get; }
}
