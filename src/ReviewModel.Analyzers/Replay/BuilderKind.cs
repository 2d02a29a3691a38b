namespace ReviewModel.Analyzers.Replay;

/// <summary>The fluent builders of the library, one per level of the document.</summary>
internal enum BuilderKind
{
    Document,
    Header,
    Preparation,
    Rectification,
    ProblemSection,
    AspectGroup,
    Problem,
    CauseSection,
    Cause,
    MeasureSection,
    Measure,
    CustomSection,
}
