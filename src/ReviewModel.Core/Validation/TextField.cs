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

    public TextField(ElementPath element, string? field, int fieldIndex, string text, string? elementId, SourceLocation? source, bool isSelfCriticism, bool isName = false)
    {
        _element = element;
        _field = field;
        _fieldIndex = fieldIndex;
        Text = text;
        ElementId = elementId;
        Source = source;
        IsSelfCriticism = isSelfCriticism;
        IsName = isName;
    }

    public string Path => _fieldIndex < 0 ? _element.ToString() + _field : $"{_element}{_field}[{_fieldIndex}]";

    public string Text { get; }

    public string? ElementId { get; }

    public SourceLocation? Source { get; }

    public bool IsSelfCriticism { get; }

    /// <summary>A name or label (organisation, post, owner, unit), scanned for placeholders but not as prose.</summary>
    public bool IsName { get; }
}
