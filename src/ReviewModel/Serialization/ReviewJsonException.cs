using System;

namespace ReviewModel.Serialization;

/// <summary>Thrown when JSON does not describe a valid document: says what and where (JSON path, line).</summary>
public sealed class ReviewJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="path">The JSON path, when known.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="innerException">The underlying error.</param>
    public ReviewJsonException(string message, string? path, long? line, Exception? innerException)
        : base(message, innerException)
    {
        JsonPath = path;
        Line = line;
    }

    /// <summary>The JSON path of the error, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the error, when known.</summary>
    public long? Line { get; }
}
