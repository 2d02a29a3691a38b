using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>One run of document text that rules scan: its path, the text, the element it belongs to,
/// where it starts in the source, whether it is self-criticism (problems or causes), and whether it is
/// a name (organisation, post, owner, unit) rather than prose.</summary>
/// <remarks>The path is kept in parts — the element's path, a field (".body", ".items") and an index in
/// that field — and joined only when a rule reports the text, so that indexing allocates no path.</remarks>
internal readonly struct TextField
{
    private readonly ElementPath _element;
    private readonly string? _field;
    private readonly int _fieldIndex;
    private readonly SourceLocation? _source;
    private readonly int _sourceOffset;

    /// <summary>A text starting <paramref name="sourceOffset"/> columns after <paramref name="source"/> (a body after its lead): the
    /// position is worked out only when a finding asks for it.</summary>
    public TextField(ElementPath element, string? field, int fieldIndex, string text, string? elementId, SourceLocation? source, int sourceOffset, bool isSelfCriticism, bool isName = false)
    {
        _element = element;
        _field = field;
        _fieldIndex = fieldIndex;
        _source = source;
        _sourceOffset = sourceOffset;
        Text = text;
        ElementId = elementId;
        IsSelfCriticism = isSelfCriticism;
        IsName = isName;
    }

    public string Path => _fieldIndex < 0 ? _element.ToString() + _field : $"{_element}{_field}[{_fieldIndex}]";

    public string Text { get; }

    public string? ElementId { get; }

    /// <summary>Where the text starts in the source file, when imported.</summary>
    public SourceLocation? Source => _source?.Advance(_sourceOffset);

    /// <summary>The source file, when imported.</summary>
    public string? SourceFile => _source?.File;

    /// <summary>Where the character at <paramref name="offset"/> in the text is in the source file, when imported.</summary>
    public SourceLocation? SourceAt(int offset) => _source?.Advance(_sourceOffset + offset);

    public bool IsSelfCriticism { get; }

    /// <summary>A name or label (organisation, post, owner, unit), scanned for placeholders but not as prose.</summary>
    public bool IsName { get; }
}
