using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Model;

/// <summary>
/// 查摆问题 / 存在的突出问题: the problems found, grouped by aspect.
/// </summary>
public sealed record ProblemSection : Section
{
    /// <summary>Creates the section.</summary>
    /// <param name="heading">The heading as written, or null for the standard heading.</param>
    /// <param name="aspects">The aspect groups, in order.</param>
    /// <param name="numberStyle">How the aspect headings are numbered.</param>
    /// <param name="intro">Paragraphs before the first aspect.</param>
    /// <param name="closing">Paragraphs after the last aspect.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    public ProblemSection(
        string? heading,
        ValueList<AspectGroup>? aspects,
        HeadingNumberStyle numberStyle = HeadingNumberStyle.FullWidth,
        ValueList<Paragraph>? intro = null,
        ValueList<Paragraph>? closing = null,
        SourceLocation? source = null)
        : base(heading, intro, closing, source)
    {
        Aspects = aspects ?? ValueList<AspectGroup>.Empty;
        NumberStyle = numberStyle;
    }

    /// <inheritdoc />
    public override SectionKind Kind => SectionKind.Problems;

    /// <summary>The aspect groups.</summary>
    public ValueList<AspectGroup> Aspects { get; }

    /// <summary>How the aspect headings are numbered.</summary>
    public HeadingNumberStyle NumberStyle { get; }

    /// <summary>Every problem, in document order.</summary>
    public IEnumerable<Problem> AllProblems => Aspects.SelectMany(a => a.Problems);

    /// <inheritdoc />
    public override bool IsEmpty => !AllProblems.Any();
}
