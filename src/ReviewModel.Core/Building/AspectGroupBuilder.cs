using System;
using System.Collections.Generic;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes the problems under one aspect: an optional intro, then problems <c>一是…</c>.</summary>
public sealed class AspectGroupBuilder
{
    private readonly List<ProblemBuilder> _problems = new();
    private readonly List<Paragraph> _intro = new();
    private readonly List<Paragraph> _closing = new();
    private string? _heading;
    private ItemLayout _layout;

    internal AspectGroupBuilder(string path)
    {
        Path = path;
    }

    internal string Path { get; }

    internal int? CatalogueNumber { get; set; }

    /// <summary>Sets the heading as written (e.g. "在带头……方面。"), overriding the catalogue's.</summary>
    /// <param name="heading">The heading, without its number.</param>
    public AspectGroupBuilder Heading(string heading)
    {
        BuilderGuard.Text(heading, nameof(heading), Path + ".heading");
        BuilderGuard.Once(_heading, "方面标题 (aspect heading)", Path + ".heading");
        _heading = heading;
        return this;
    }

    /// <summary>Runs the problems on in one paragraph ("一是……。二是……。"), after the intro if any.</summary>
    public AspectGroupBuilder Inline()
    {
        _layout = ItemLayout.Inline;
        return this;
    }

    /// <summary>Adds a paragraph before the problems (e.g. the "affirm, then concede" lead).</summary>
    /// <param name="text">The paragraph.</param>
    public AspectGroupBuilder Intro(string text)
    {
        _intro.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"{Path}.intro[{_intro.Count}]")));
        return this;
    }

    /// <summary>Adds a paragraph after the problems.</summary>
    /// <param name="text">The paragraph.</param>
    public AspectGroupBuilder Closing(string text)
    {
        _closing.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"{Path}.closing[{_closing.Count}]")));
        return this;
    }

    /// <summary>Adds a problem, numbered <c>一是</c>, <c>二是</c>… in order.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "P1.1".</param>
    /// <param name="lead">The lead sentence, e.g. "在“学懂”上还有差距。"; may be empty.</param>
    /// <param name="body">The text after the lead.</param>
    /// <param name="describe">Adds examples; optional.</param>
    public AspectGroupBuilder Problem(string id, string lead, string body, Action<ProblemBuilder>? describe = null)
    {
        var path = $"{Path}.problems[{_problems.Count}]";
        var problem = new ProblemBuilder(
            BuilderGuard.Id(id, nameof(id), path),
            BuilderGuard.Text(lead, nameof(lead), path),
            BuilderGuard.Text(body, nameof(body), path),
            path);
        _problems.Add(problem);
        describe?.Invoke(problem);
        return this;
    }

    internal AspectGroup Build(AspectCatalogue? catalogue, List<BuildError> errors)
    {
        string? aspectId = null;
        if (CatalogueNumber is int number)
        {
            if (catalogue is null)
            {
                errors.Add(new BuildError(Path, null, $"按编号 {number} 引用方面，但页眉未设置方面目录 (aspect number {number} used, but no catalogue is set: call Header(h => h.Aspects(...)))."));
            }
            else if (number < 1 || number > catalogue.Aspects.Count)
            {
                errors.Add(new BuildError(Path, null, $"方面目录“{catalogue.Meeting}”只有 {catalogue.Aspects.Count} 个方面，没有第 {number} 个 (catalogue '{catalogue.Id}' has {catalogue.Aspects.Count} aspects, not {number})."));
            }
            else
            {
                aspectId = catalogue.Aspects[number - 1].Id;
            }
        }

        var problems = new List<Problem>();
        foreach (var problem in _problems)
        {
            problems.Add(problem.Build());
        }

        return new AspectGroup(aspectId, _heading, problems.ToValueList(), _layout, _intro.ToValueList(), _closing.ToValueList());
    }
}
