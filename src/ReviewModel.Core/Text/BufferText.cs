namespace ReviewModel.Text;

/// <summary>The first <see cref="Length"/> characters of a buffer read as an <see cref="ITextSource"/>: text
/// assembled from pieces to be scanned once, without making a string of it.</summary>
internal readonly struct BufferText : ITextSource
{
    private readonly char[] _buffer;

    public BufferText(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public char this[int index] => index < Length ? _buffer[index] : throw new System.IndexOutOfRangeException();

    public int IndexOf(char c, int from) => from >= Length ? -1 : System.Array.IndexOf(_buffer, c, from, Length - from);

    public System.ReadOnlySpan<char> Span => new(_buffer, 0, Length);

    public string Substring(int start, int length) => new(_buffer, start, length);
}
