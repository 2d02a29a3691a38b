namespace ReviewModel.Text;

/// <summary>A string read as an <see cref="ITextSource"/>.</summary>
internal readonly struct StringText : ITextSource
{
    private readonly string _text;

    public StringText(string text)
    {
        _text = text;
    }

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public int IndexOf(char c, int from) => from >= _text.Length ? -1 : _text.IndexOf(c, from);

    public System.ReadOnlySpan<char> Span => System.MemoryExtensions.AsSpan(_text);

    public string Substring(int start, int length) => _text.Substring(start, length);
}
