using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>A section of free paragraphs: 反面典型案例剖析, 党支部现状, 学习体会, or one not recognised.</summary>
internal sealed class FreeSectionDraft : SectionDraft
{
    private readonly SectionKind _kind;
    private readonly List<SourceSpan> _paragraphs = new();

    public FreeSectionDraft(SectionKind kind, SourceSpan? heading)
        : base(heading, HeadingNumberStyle.FullWidth)
    {
        _kind = kind;
    }

    public override void Add(Block block, Block? next) => _paragraphs.Add(block.Raw);

    public override Section Build(ImportContext context) =>
        new CustomSection(_kind, HeadingText, context.Paragraphs(_paragraphs), HeadingSource(context));
}
