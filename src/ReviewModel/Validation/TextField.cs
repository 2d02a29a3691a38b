using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>One run of document text that rules scan: its path, the text, the element it belongs to,
/// where it starts in the source, and whether it is self-criticism (problems or causes).</summary>
internal readonly struct TextField
{
    public TextField(string path, string text, string? elementId, SourceLocation? source, bool isSelfCriticism)
    {
        Path = path;
        Text = text;
        ElementId = elementId;
        Source = source;
        IsSelfCriticism = isSelfCriticism;
    }

    public string Path { get; }

    public string Text { get; }

    public string? ElementId { get; }

    public SourceLocation? Source { get; }

    public bool IsSelfCriticism { get; }
}
