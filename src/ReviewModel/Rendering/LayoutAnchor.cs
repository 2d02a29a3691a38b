namespace ReviewModel.Rendering;

/// <summary>
/// Where an element of the document starts in a <see cref="LayoutBlock"/>'s text: the offset of its own text (after
/// any number the layout wrote for it) and the element's ID or document path, so that a writer can anchor what refers
/// to the element (a comment) at the right place.
/// </summary>
internal readonly struct LayoutAnchor
{
    public LayoutAnchor(int offset, string target)
    {
        Offset = offset;
        Target = target;
    }

    /// <summary>The offset in the block's text (head included) where the element's text starts.</summary>
    public int Offset { get; }

    /// <summary>The element's ID when it has one, otherwise its document path (as <c>ReviewComment.Target</c>).</summary>
    public string Target { get; }
}
