namespace ReviewModel.Model;

/// <summary>How <c>一是…二是…</c> items are laid out.</summary>
public enum ItemLayout
{
    /// <summary>Each item starts its own paragraph.</summary>
    Paragraphs = 0,

    /// <summary>All items run on in one paragraph (after the intro, if any).</summary>
    Inline = 1,
}
