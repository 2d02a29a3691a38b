using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// Where a finding is: a document path (e.g. <c>problems.aspects[2].problems[1].body</c>), the
/// element's ID when it has one, the character offset in the text when the finding is about a
/// span of text, and the line and column in the source file when the document was imported.
/// </summary>
public sealed record FindingLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="path">The document path.</param>
    /// <param name="elementId">The ID of the element, or null.</param>
    /// <param name="offset">The 0-based character offset in the text at <paramref name="path"/>, or null.</param>
    /// <param name="length">The length of the span, or null.</param>
    /// <param name="source">The position in the source file, or null.</param>
    public FindingLocation(string path, string? elementId = null, int? offset = null, int? length = null, SourceLocation? source = null)
    {
        Path = path;
        ElementId = elementId;
        Offset = offset;
        Length = length;
        Source = source;
    }

    /// <summary>The document path.</summary>
    public string Path { get; }

    /// <summary>The element's ID, or null.</summary>
    public string? ElementId { get; }

    /// <summary>The character offset in the text at <see cref="Path"/>, or null.</summary>
    public int? Offset { get; }

    /// <summary>The span's length, or null.</summary>
    public int? Length { get; }

    /// <summary>The position in the source file, or null.</summary>
    public SourceLocation? Source { get; }

    /// <summary>
    /// The location as compilers print it: <c>file(line,col)</c> when the source is known, otherwise
    /// the document path with the offset (<c>preamble[0]@54</c>).
    /// </summary>
    public override string ToString()
    {
        if (Source is { File: not null } source)
        {
            return $"{source.File}({source.Line},{source.Column})";
        }

        var at = Offset is int offset ? $"@{offset}" : string.Empty;
        return Source is null ? Path + at : $"{Path}{at}({Source.Line},{Source.Column})";
    }
}
