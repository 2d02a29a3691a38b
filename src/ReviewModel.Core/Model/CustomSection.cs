using System;

namespace ReviewModel.Model;

/// <summary>
/// A section of free paragraphs that real materials add: 反面典型案例剖析, 党支部现状, 学习体会, or
/// any other. Its paragraphs are the section's <see cref="Section.Intro"/>.
/// </summary>
public sealed record CustomSection : Section
{
    private readonly SectionKind _kind;

    /// <summary>Creates the section.</summary>
    /// <param name="kind">What the section is; not one of the structured kinds.</param>
    /// <param name="heading">The heading as written, or null for the standard heading of the kind.</param>
    /// <param name="paragraphs">The section's paragraphs.</param>
    /// <param name="source">Where the heading came from, when imported.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is a structured kind.</exception>
    public CustomSection(SectionKind kind, string? heading, ValueList<Paragraph>? paragraphs, SourceLocation? source = null)
        : base(heading, paragraphs, null, source)
    {
        if (kind < SectionKind.CaseAnalysis)
        {
            throw new ArgumentException($"{kind} 是结构化章节，不能作为自定义章节 ({kind} has its own section type).", nameof(kind));
        }

        _kind = kind;
    }

    /// <inheritdoc />
    public override SectionKind Kind => _kind;

    /// <summary>The section's paragraphs.</summary>
    public ValueList<Paragraph> Paragraphs => Intro;

    /// <inheritdoc />
    public override bool IsEmpty => Intro.IsEmpty;
}
