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

    public string Substring(int start, int length) => _text.Substring(start, length);
}
