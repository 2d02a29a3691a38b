namespace ReviewModel.Model;

/// <summary>
/// Where each character of an imported element's text came from in its file, for a text that is not one run of the
/// source: Markdown markup left out (<c>**重点**</c>), lines joined (text pasted from a PDF). Kept by the importer on the
/// element's <see cref="SourceLocation"/>, so that a finding inside the text points at the character it is about.
/// </summary>
internal interface ISourcePositions
{
    /// <summary>The place of the character <paramref name="offset"/> characters into the element's text (past its end: further on from its last character).</summary>
    SourceLocation At(int offset);
}
