namespace ReviewModel.Text;

/// <summary>
/// Read access to a run of characters, for scanners that read a string or, without copying it into one, a reused
/// buffer (<see cref="StringText"/>, <see cref="BufferText"/>). Scanners take it as a generic struct parameter, so
/// each kind of text gets its own compiled code and nothing is boxed.
/// </summary>
internal interface ITextSource
{
    /// <summary>The number of characters.</summary>
    int Length { get; }

    /// <summary>The character at <paramref name="index"/>.</summary>
    char this[int index] { get; }

    /// <summary>Where <paramref name="c"/> first stands at or after <paramref name="from"/>, or -1 (a vectorised search).</summary>
    int IndexOf(char c, int from);

    /// <summary>The characters, read in place (for vectorised searches of a set of characters).</summary>
    System.ReadOnlySpan<char> Span { get; }

    /// <summary>The characters from <paramref name="start"/> on, <paramref name="length"/> of them, as a new string.</summary>
    string Substring(int start, int length);
}
