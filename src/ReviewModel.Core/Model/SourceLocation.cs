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

    /// <summary>The location <paramref name="offset"/> characters further on the same line (the column stops at <see cref="int.MaxValue"/>).</summary>
    /// <param name="offset">A non-negative character offset.</param>
    public SourceLocation Advance(int offset) => offset <= 0 ? this : new SourceLocation(File, Line, (int)Math.Min(int.MaxValue, (long)Column + offset));

    /// <inheritdoc />
    public override string ToString() => File is null ? $"({Line},{Column})" : $"{File}({Line},{Column})";
}
