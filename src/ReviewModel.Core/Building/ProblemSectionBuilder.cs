using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes the problem section: the problems, grouped by aspect.</summary>
public sealed class ProblemSectionBuilder : SectionBuilder<ProblemSectionBuilder>
{
    private readonly List<AspectGroupBuilder> _groups = new();
    private HeadingNumberStyle _style;

    internal ProblemSectionBuilder(string path)
        : base(path)
    {
    }

    /// <summary>Adds the problems found under the catalogue's aspect number <paramref name="number"/>
    /// (1-based, in the notice's order; the catalogue is set with <see cref="HeaderBuilder.Aspects"/>).
    /// The heading is the catalogue's "在……方面。" unless the group sets its own.</summary>
    /// <param name="number">The aspect's 1-based position in the catalogue.</param>
    /// <param name="describe">Describes the group's problems.</param>
    public ProblemSectionBuilder Aspect(int number, Action<AspectGroupBuilder> describe)
    {
        var group = NewGroup(describe);
        group.CatalogueNumber = number;
        describe(group);
        return this;
    }

    /// <summary>Adds the problems found under an aspect that is in no catalogue (a local topic), with its heading.</summary>
    /// <param name="heading">The heading as written, without its number, e.g. "在专项整治方面。".</param>
    /// <param name="describe">Describes the group's problems.</param>
    public ProblemSectionBuilder CustomAspect(string heading, Action<AspectGroupBuilder> describe)
    {
        BuilderGuard.Text(heading, nameof(heading), $"{Path}.aspects[{_groups.Count}].heading");
        var group = NewGroup(describe);
        group.Heading(heading);
        describe(group);
        return this;
    }

    /// <summary>Adds problems that belong to no aspect (validation reports them: RM0003).</summary>
    /// <param name="describe">Describes the problems.</param>
    public ProblemSectionBuilder Ungrouped(Action<AspectGroupBuilder> describe)
    {
        describe(NewGroup(describe));
        return this;
    }

    /// <summary>Numbers aspect headings <c>(一)</c> instead of <c>（一）</c>.</summary>
    public ProblemSectionBuilder HalfWidthNumbers()
    {
        _style = HeadingNumberStyle.HalfWidth;
        return this;
    }

    internal ProblemSection Build(Aspects.AspectCatalogue? catalogue, List<BuildError> errors)
    {
        var groups = new List<AspectGroup>();
        foreach (var group in _groups)
        {
            groups.Add(group.Build(catalogue, errors));
        }

        return new ProblemSection(HeadingValue, groups.ToValueList(), _style, IntroValue, ClosingValue);
    }

    private AspectGroupBuilder NewGroup(Action<AspectGroupBuilder> describe)
    {
        var path = $"{Path}.aspects[{_groups.Count}]";
        BuilderGuard.NotNull(describe, nameof(describe), path);
        var group = new AspectGroupBuilder(path);
        _groups.Add(group);
        return group;
    }
}
