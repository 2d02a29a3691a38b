namespace ReviewModel.Import;

/// <summary>A paragraph with its numbering read: the whole text, the marker, the text after the marker
/// and the length of a bold lead phrase in it.</summary>
internal sealed class Block
{
    private Block(SourceSpan raw, int headingLevel, Marker marker, SourceSpan content, int boldLength)
    {
        Raw = raw;
        HeadingLevel = headingLevel;
        Marker = marker;
        Content = content;
        BoldLength = boldLength;
    }

    /// <summary>The whole paragraph (marker included), as kept when it is not structure.</summary>
    public SourceSpan Raw { get; }

    /// <summary>1…6 for a Markdown or Word heading, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    public Marker Marker { get; }

    /// <summary>The text after the marker.</summary>
    public SourceSpan Content { get; }

    /// <summary>The length of a bold lead phrase at the start of <see cref="Content"/>, or -1.</summary>
    public int BoldLength { get; }

    public MarkerKind Kind => Marker.Kind;

    /// <summary>Whether the paragraph starts an item of some kind: numbered, bold lead, or a heading.</summary>
    public bool StartsItem => Kind != MarkerKind.None || BoldLength > 0 || HeadingLevel > 0;

    public static Block Create(TextLine line) => Create(line.Text, line.HeadingLevel, line.BoldLength);

    public static Block Create(SourceSpan text, int headingLevel = 0, int lineBold = -1)
    {
        var marker = Marker.Read(text.AsSpan());
        if (marker.Kind == MarkerKind.None)
        {
            return new Block(text, headingLevel, marker, text, lineBold);
        }

        var content = text.Slice(marker.Length);
        var bold = lineBold > marker.Length ? lineBold - marker.Length : -1;
        if (bold < 0)
        {
            var (stripped, length) = MarkdownLine.StripLeadingBold(content);
            if (length > 0)
            {
                content = stripped;
                bold = length;
            }
        }

        if (bold >= content.Length)
        {
            bold = -1; // the whole paragraph is bold: a heading, not a lead phrase
        }

        return new Block(text, headingLevel, marker, content, bold);
    }

    /// <summary>The item numbering the paragraph starts with (<c>一是</c>, <c>1.</c>, <c>1、</c>, <c>（1）</c>, <c>①</c>, <c>第一，</c>), or null.</summary>
    public Model.ItemNumberStyle? ItemStyle
    {
        get
        {
            var text = Raw.AsSpan();
            switch (Kind)
            {
                case MarkerKind.Item:
                    return text.Length > 0 && text[0] == '第' ? Model.ItemNumberStyle.Ordinal : Model.ItemNumberStyle.ChineseOrdinal;
                case MarkerKind.Arabic:
                    if (text.Length == 0)
                    {
                        return null;
                    }

                    if (Chars.IsOpenParen(text[0]))
                    {
                        return Model.ItemNumberStyle.ArabicParenthesised;
                    }

                    if (Chars.IsCircled(text[0]))
                    {
                        return Model.ItemNumberStyle.Circled;
                    }

                    var i = 0;
                    while (i < text.Length && Chars.IsDigit(text[i]))
                    {
                        i++;
                    }

                    return i < text.Length && text[i] == '、' ? Model.ItemNumberStyle.ArabicComma
                        : i < text.Length && (text[i] == '）' || text[i] == ')') ? Model.ItemNumberStyle.ArabicParenthesised
                        : Model.ItemNumberStyle.ArabicDot;
                default:
                    return null;
            }
        }
    }

    /// <summary>Whether the paragraph is an item marker <c>N是</c> with the given number.</summary>
    public bool IsItemNumber(int number) => Kind == MarkerKind.Item && Marker.Number == number;

    public override string ToString() => Raw.Text;
}
