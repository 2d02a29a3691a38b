namespace ReviewModel.Model;

/// <summary>
/// 准备情况: how the meeting was prepared — steps numbered <c>一是…</c> (study, soliciting opinions,
/// heart-to-heart talks, writing the material), with the counts a reviewer looks for.
/// </summary>
public sealed record PreparationSection : Section
{
    /// <summary>Creates the section.</summary>
    /// <param name="heading">The heading as written, or null for "准备情况".</param>
    /// <param name="steps">The preparation steps, in order.</param>
    /// <param name="studySessions">How many study sessions (学习研讨) were held, when stated.</param>
    /// <param name="opinionsSolicited">How many opinions (征求意见, 条) were collected, when stated.</param>
    /// <param name="talksHeld">How many heart-to-heart talks (谈心谈话, 人次) were held, when stated.</param>
    /// <param name="intro">Paragraphs before the steps.</param>
    /// <param name="closing">Paragraphs after the steps ("总之，……").</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    /// <param name="itemNumberStyle">How the author numbered the items (<c>一是</c>, <c>1.</c>, <c>（1）</c>…); renderers write them the same way.</param>
    public PreparationSection(
        string? heading,
        ValueList<NumberedItem>? steps,
        int? studySessions = null,
        int? opinionsSolicited = null,
        int? talksHeld = null,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null,
        ItemNumberStyle itemNumberStyle = ItemNumberStyle.ChineseOrdinal)
        : base(heading, intro, closing, source)
    {
        ItemNumberStyle = itemNumberStyle;
        Steps = steps ?? ValueList<NumberedItem>.Empty;
        StudySessions = studySessions;
        OpinionsSolicited = opinionsSolicited;
        TalksHeld = talksHeld;
    }

    /// <inheritdoc />
    public override SectionKind Kind => SectionKind.Preparation;

    /// <summary>The preparation steps.</summary>
    public ValueList<NumberedItem> Steps { get; }

    /// <summary>Study sessions held, when stated.</summary>
    public int? StudySessions { get; }

    /// <summary>Opinions collected (条), when stated.</summary>
    public int? OpinionsSolicited { get; }

    /// <summary>Heart-to-heart talks held (人次), when stated.</summary>
    public int? TalksHeld { get; }

    /// <inheritdoc />
    public override bool IsEmpty => Steps.IsEmpty && Intro.IsEmpty && Closing.IsEmpty;

    /// <summary>How the author numbered the items; renderers write them the same way.</summary>
    public ItemNumberStyle ItemNumberStyle { get; }
}
