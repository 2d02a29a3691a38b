using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>One run of document text that rules scan: its path, the text, the element it belongs to,
/// where it starts in the source, whether it is self-criticism (problems or causes), and whether it is
/// a name (organisation, post, owner, unit) rather than prose.</summary>
/// <remarks>The path is kept as the element's path and a field suffix (".body") and joined only when a
/// rule reports the field, so that indexing a large document allocates no path per text.</remarks>
internal readonly struct TextField
{
    private readonly string _path;
    private readonly string? _pathSuffix;

    public TextField(string path, string? pathSuffix, string text, string? elementId, SourceLocation? source, bool isSelfCriticism, bool isName = false)
    {
        _path = path;
        _pathSuffix = pathSuffix;
        Text = text;
        ElementId = elementId;
        Source = source;
        IsSelfCriticism = isSelfCriticism;
        IsName = isName;
    }

    public string Path => _pathSuffix is null ? _path : _path + _pathSuffix;

    public string Text { get; }

    public string? ElementId { get; }

    public SourceLocation? Source { get; }

    public bool IsSelfCriticism { get; }

    /// <summary>A name or label (organisation, post, owner, unit), scanned for placeholders but not as prose.</summary>
    public bool IsName { get; }
}
