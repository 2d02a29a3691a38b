namespace ReviewModel.Model;

/// <summary>
/// The preparation facts a material tells in its opening paragraphs instead of a 会前准备情况 section
/// (<c>会前，班子集中学习研讨4次，征求意见建议31条，开展谈心谈话56人次</c>), and whether the opening also
/// reports on last year's rectification (<c>上年度……问题已全部整改到位</c>).
/// </summary>
public sealed record PreparationFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="studySessions">Collective study sessions (集中学习 N 次), or null.</param>
    /// <param name="opinionsSolicited">Opinions solicited (征求意见建议 N 条), or null.</param>
    /// <param name="talksHeld">Heart-to-heart talks (谈心谈话 N 人次), or null.</param>
    /// <param name="reportsLastYearRectification">Whether the opening reports on last year's rectification.</param>
    /// <param name="source">Where the facts are told, or null.</param>
    public PreparationFacts(int? studySessions, int? opinionsSolicited, int? talksHeld, bool reportsLastYearRectification = false, SourceLocation? source = null)
    {
        StudySessions = studySessions;
        OpinionsSolicited = opinionsSolicited;
        TalksHeld = talksHeld;
        ReportsLastYearRectification = reportsLastYearRectification;
        Source = source;
    }

    /// <summary>Collective study sessions, or null.</summary>
    public int? StudySessions { get; }

    /// <summary>Opinions solicited, or null.</summary>
    public int? OpinionsSolicited { get; }

    /// <summary>Heart-to-heart talks, or null.</summary>
    public int? TalksHeld { get; }

    /// <summary>Whether the opening reports on last year's rectification (上年度整改落实情况).</summary>
    public bool ReportsLastYearRectification { get; }

    /// <summary>Where the facts are told, or null.</summary>
    public SourceLocation? Source { get; }
}
