using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Building;

namespace ReviewModel.Model;

/// <summary>
/// A review material (对照检查材料): header, opening paragraphs, the sections in the order the
/// author wrote them, the waivers recorded against rules and the reviewers' comments (批注). Immutable; build one with
/// <see cref="Create(Action{ReviewDocumentBuilder})"/> or <see cref="CreateBuilder"/>.
/// </summary>
public sealed record ReviewDocument
{
    /// <summary>Creates a document from its parts. Most callers use the builder instead.</summary>
    /// <param name="header">Title, subject, meeting.</param>
    /// <param name="preamble">The opening paragraphs (开头), before the first section.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <param name="waivers">Rules waived for particular elements, with reasons.</param>
    /// <param name="comments">Reviewers' comments (批注) on elements, in reading order (imported from a .docx).</param>
    public ReviewDocument(
        DocumentHeader header,
        ValueList<Paragraph>? preamble,
        ValueList<Section>? sections,
        ValueList<Waiver>? waivers = null,
        ValueList<ReviewComment>? comments = null)
    {
        Header = Guard.NotNull(header, nameof(header));
        Preamble = preamble ?? ValueList<Paragraph>.Empty;
        Sections = sections ?? ValueList<Section>.Empty;
        Waivers = waivers ?? ValueList<Waiver>.Empty;
        Comments = comments ?? ValueList<ReviewComment>.Empty;
        if (Sections.Any(s => s is null))
        {
            throw new ArgumentException("章节列表中有空值 (sections contains null).", nameof(sections));
        }

        if (Comments.Any(c => c is null))
        {
            throw new ArgumentException("批注列表中有空值 (comments contains null).", nameof(comments));
        }
    }

    /// <summary>Title, subject, meeting.</summary>
    public DocumentHeader Header { get; }

    /// <summary>The opening paragraphs.</summary>
    public ValueList<Paragraph> Preamble { get; }

    /// <summary>The sections, in order.</summary>
    public ValueList<Section> Sections { get; }

    /// <summary>Rules waived for particular elements.</summary>
    public ValueList<Waiver> Waivers { get; }

    /// <summary>Reviewers' comments (批注), each anchored to an element, in reading order.</summary>
    public ValueList<ReviewComment> Comments { get; }

    /// <summary>The same document with <paramref name="comments"/> as its comments.</summary>
    /// <param name="comments">The comments, in reading order.</param>
    /// <exception cref="ArgumentException">A comment is null.</exception>
    public ReviewDocument WithComments(ValueList<ReviewComment> comments) => new(Header, Preamble, Sections, Waivers, comments);

    /// <summary>The preparation section (准备情况), or null.</summary>
    public PreparationSection? Preparation => Sections.OfType<PreparationSection>().FirstOrDefault();

    /// <summary>Last year's rectification section (上年度整改落实情况), or null.</summary>
    public RectificationSection? LastYearRectification => Sections.OfType<RectificationSection>().FirstOrDefault();

    /// <summary>The problem section, or null.</summary>
    public ProblemSection? Problems => Sections.OfType<ProblemSection>().FirstOrDefault();

    /// <summary>The cause section, or null.</summary>
    public CauseSection? Causes => Sections.OfType<CauseSection>().FirstOrDefault();

    /// <summary>The measure section, or null.</summary>
    public MeasureSection? Measures => Sections.OfType<MeasureSection>().FirstOrDefault();

    /// <summary>Every problem in every problem section, in document order.</summary>
    public IEnumerable<Problem> AllProblems => Sections.OfType<ProblemSection>().SelectMany(s => s.AllProblems);

    /// <summary>Every cause in every cause section, in document order.</summary>
    public IEnumerable<Cause> AllCauses => Sections.OfType<CauseSection>().SelectMany(s => s.Causes);

    /// <summary>Every measure in every measure section, in document order.</summary>
    public IEnumerable<Measure> AllMeasures => Sections.OfType<MeasureSection>().SelectMany(s => s.Measures);

    /// <summary>Builds a document by describing it in one nested expression.</summary>
    /// <param name="describe">Describes the document on a fresh builder.</param>
    /// <returns>The built document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="describe"/> is null.</exception>
    /// <exception cref="ReviewBuildException">The description is incomplete or inconsistent.</exception>
    public static ReviewDocument Create(Action<ReviewDocumentBuilder> describe)
    {
        if (describe is null)
        {
            throw new ArgumentNullException(nameof(describe));
        }

        var builder = new ReviewDocumentBuilder();
        describe(builder);
        return builder.Build();
    }

    /// <summary>Returns a fresh, mutable builder; call <see cref="ReviewDocumentBuilder.Build()"/> once done.</summary>
    public static ReviewDocumentBuilder CreateBuilder() => new();
}
