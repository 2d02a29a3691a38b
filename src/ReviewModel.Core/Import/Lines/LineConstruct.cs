namespace ReviewModel.Import;

/// <summary>
/// One construct a line can be (a heading, a numbered item, a guide line…), as the paragraph joiner needs to know
/// it: whether the line can interrupt the paragraph before it, and whether it closes its own paragraph so that the
/// next line cannot continue it. The model is Markdig's <c>BlockParser.CanInterrupt</c>: the construct's own
/// recogniser decides, not the joiner. The constructs are listed in <see cref="LineConstructs"/>.
/// </summary>
internal abstract class LineConstruct
{
    /// <summary>The construct's name, for documentation and tests.</summary>
    public abstract string Name { get; }

    /// <summary>Whether <paramref name="line"/> starts this construct and so starts a new paragraph even right
    /// after a line that does not end a sentence.</summary>
    public virtual bool CanInterrupt(TextLine line) => false;

    /// <summary>Whether <paramref name="line"/> is this construct and takes no continuation line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="wrapped">Whether the text is wrapped at a page width (pasted from a PDF): then a full-width line
    /// continues on the next line whatever it is.</param>
    public virtual bool Closes(TextLine line, bool wrapped) => false;
}
