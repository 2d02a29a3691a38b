using System;

namespace ReviewModel.Model;

/// <summary>
/// Where an element came from in an imported file: the file (when known), and the 1-based line and
/// column of its first character. Elements built in code have no source location.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="file">The file path as given to the importer, or null when unknown.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, counted in UTF-16 code units.</param>
    /// <exception cref="ArgumentOutOfRangeException">Line or column below 1.</exception>
    public SourceLocation(string? file, int line, int column)
    {
        if (line < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "行号从 1 开始 (line is 1-based).");
        }

        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "列号从 1 开始 (column is 1-based).");
        }

        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The file path, or null.</summary>
    public string? File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>
    /// The location of the character <paramref name="offset"/> characters further on in the element's text. For an imported
    /// element whose text is not one run of its source (Markdown markup left out, lines joined), the importer knows where
    /// each character came from, and this is that place; otherwise it is that many columns further on the same line (the
    /// column stops at <see cref="int.MaxValue"/>).
    /// </summary>
    /// <param name="offset">A non-negative character offset.</param>
    public SourceLocation Advance(int offset)
    {
        if (offset <= 0)
        {
            return this;
        }

        return Positions?.At(offset) ?? new SourceLocation(File, Line, (int)Math.Min(int.MaxValue, (long)Column + offset));
    }

    /// <summary>Where each character of the element's text came from, when the importer knows it (never part of equality).</summary>
    internal ISourcePositions? Positions { get; init; }

    /// <summary>Whether the two locations name the same file, line and column.</summary>
    /// <param name="other">The other location.</param>
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return ((((File?.GetHashCode() ?? 0) * 31) + Line) * 31) + Column;
        }
    }

    /// <inheritdoc />
    public override string ToString() => File is null ? $"({Line},{Column})" : $"{File}({Line},{Column})";
}
