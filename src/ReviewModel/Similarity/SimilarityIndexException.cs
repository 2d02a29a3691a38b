using System;

namespace ReviewModel.Similarity;

/// <summary>A saved similarity index cannot be read: not an index, another format version, or damaged.</summary>
public sealed class SimilarityIndexException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public SimilarityIndexException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
