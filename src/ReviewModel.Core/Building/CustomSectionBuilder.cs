using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes a free section such as 反面典型案例剖析, 党支部现状 or 学习体会.</summary>
public sealed class CustomSectionBuilder
{
    private readonly List<Paragraph> _paragraphs = new();
    private string? _heading;

    internal CustomSectionBuilder(string path)
    {
        Path = path;
    }

    internal string Path { get; }

    /// <summary>Sets the heading as written, without its number.</summary>
    /// <param name="heading">The heading.</param>
    public CustomSectionBuilder Heading(string heading)
    {
        BuilderGuard.Text(heading, nameof(heading), Path + ".heading");
        BuilderGuard.Once(_heading, "章节标题 (section heading)", Path + ".heading");
        _heading = heading;
        return this;
    }

    /// <summary>Adds a paragraph.</summary>
    /// <param name="text">The paragraph.</param>
    public CustomSectionBuilder Paragraph(string text)
    {
        _paragraphs.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"{Path}.paragraphs[{_paragraphs.Count}]")));
        return this;
    }

    internal CustomSection Build(SectionKind kind) => new(kind, _heading, _paragraphs.ToValueList());
}
