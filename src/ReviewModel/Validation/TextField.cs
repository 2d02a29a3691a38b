using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>One run of document text that rules scan: its path, the text, the element it belongs to,
/// where it starts in the source, whether it is self-criticism (problems or causes), and whether it is
/// a name (organisation, post, owner, unit) rather than prose.</summary>
internal readonly struct TextField
{
    public TextField(string path, string text, string? elementId, SourceLocation? source, bool isSelfCriticism, bool isName = false)
    {
        Path = path;
        Text = text;
        ElementId = elementId;
        Source = source;
        IsSelfCriticism = isSelfCriticism;
        IsName = isName;
    }

    public string Path { get; }

    public string Text { get; }

    public string? ElementId { get; }

    public SourceLocation? Source { get; }

    public bool IsSelfCriticism { get; }

    /// <summary>A name or label (organisation, post, owner, unit), scanned for placeholders but not as prose.</summary>
    public bool IsName { get; }
}
