using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>What every section builder has: a heading, intro paragraphs, closing paragraphs.</summary>
/// <typeparam name="TSelf">The concrete builder, returned for chaining.</typeparam>
public abstract class SectionBuilder<TSelf>
    where TSelf : SectionBuilder<TSelf>
{
    private readonly List<Paragraph> _intro = new();
    private readonly List<Paragraph> _closing = new();

    internal SectionBuilder(string path)
    {
        Path = path;
    }

    internal string Path { get; }

    internal string? HeadingValue { get; private set; }

    internal ValueList<Paragraph> IntroValue => _intro.ToValueList();

    internal ValueList<Paragraph> ClosingValue => _closing.ToValueList();

    /// <summary>Sets the heading as written, without its number (e.g. "专题民主生活会准备情况").
    /// Without it, the standard heading of the section is used.</summary>
    /// <param name="heading">The heading.</param>
    public TSelf Heading(string heading)
    {
        BuilderGuard.Text(heading, nameof(heading), Path + ".heading");
        BuilderGuard.Once(HeadingValue, "章节标题 (section heading)", Path + ".heading");
        HeadingValue = heading;
        return (TSelf)this;
    }

    /// <summary>Adds a paragraph before the section's items.</summary>
    /// <param name="text">The paragraph.</param>
    public TSelf Intro(string text)
    {
        _intro.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"{Path}.intro[{_intro.Count}]")));
        return (TSelf)this;
    }

    /// <summary>Adds a paragraph after the section's items (e.g. "总之，……").</summary>
    /// <param name="text">The paragraph.</param>
    public TSelf Closing(string text)
    {
        _closing.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"{Path}.closing[{_closing.Count}]")));
        return (TSelf)this;
    }
}
