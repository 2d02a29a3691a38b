using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// Everything the rules need, gathered in one pass over the document: the elements with their
/// paths, the declared IDs, how often each problem is addressed and explained, and the text runs.
/// Lookups are hash-based, so validation is linear in the document's size. Collections are sized
/// up front and the paths of text fields and links are only spelled out when a rule reports them,
/// so that a large document does not churn the garbage collector.
/// </summary>
internal sealed class DocumentIndex
{
    public DocumentIndex(ReviewDocument document)
    {
        Document = document;
        var (problems, causes, measures) = Count(document);
        Problems = new(problems);
        Causes = new(causes);
        Measures = new(measures);
        Texts = new(16 + (2 * problems) + (2 * causes) + (5 * measures));
        Declarations = new(problems + causes + measures, StringComparer.Ordinal);
        TimesAddressed = new(problems, StringComparer.Ordinal);
        TimesExplained = new(problems, StringComparer.Ordinal);
        ResolvedAddresses = new(measures, StringComparer.Ordinal);
        ResolvedExplains = new(causes, StringComparer.Ordinal);

        for (var i = 0; i < document.Preamble.Count; i++)
        {
            var paragraph = document.Preamble[i];
            AddText($"preamble[{i}]", null, paragraph.Text, null, paragraph.Source, false);
        }

        AddText("header.title", null, document.Header.Title, null, null, false, countsTowardsLength: false);
        if (document.Header.Theme is not null)
        {
            AddText("header.theme", null, document.Header.Theme, null, null, false, countsTowardsLength: false);
        }

        // Names can hold placeholders too ("xx市委"): scanned, not counted towards the length.
        var subject = document.Header.Subject;
        AddText("header.subject.organisation", null, subject.Organisation, null, null, false, countsTowardsLength: false, isName: true);
        AddText("header.subject.name", null, subject.Name, null, null, false, countsTowardsLength: false, isName: true);
        if (subject.Post is not null)
        {
            AddText("header.subject.post", null, subject.Post, null, null, false, countsTowardsLength: false, isName: true);
        }

        if (document.Header.Notice is { } notice)
        {
            AddText("header.notice.issuer", null, notice.Issuer, null, null, false, countsTowardsLength: false, isName: true);
            AddText("header.notice.title", null, notice.Title, null, null, false, countsTowardsLength: false, isName: true);
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            IndexSection(document.Sections[s], DocumentPaths.Section(document, s));
        }

        ResolveLinks();
    }

    public ReviewDocument Document { get; }

    public List<(Problem Problem, string Path, AspectGroup Group, string GroupPath)> Problems { get; }

    public List<(AspectGroup Group, string Path)> Groups { get; } = new();

    public List<(Cause Cause, string Path)> Causes { get; }

    public List<(Measure Measure, string Path)> Measures { get; }

    public List<TextField> Texts { get; }

    public Dictionary<string, (ElementKind Kind, string Path)> Declarations { get; }

    public List<(string Id, string Path, string FirstPath)> Duplicates { get; } = new();

    public List<(string TargetId, string Path, string Field, string? OwnerId)> UnresolvedLinks { get; } = new();

    public Dictionary<string, int> TimesAddressed { get; }

    public Dictionary<string, int> TimesExplained { get; }

    public Dictionary<string, int> ResolvedAddresses { get; }

    public Dictionary<string, int> ResolvedExplains { get; }

    public long TotalLength { get; private set; }

    public long SelfCriticismLength { get; private set; }

    private static (int Problems, int Causes, int Measures) Count(ReviewDocument document)
    {
        int problems = 0, causes = 0, measures = 0;
        foreach (var section in document.Sections)
        {
            switch (section)
            {
                case ProblemSection p:
                    foreach (var group in p.Aspects)
                    {
                        problems += group.Problems.Count;
                    }

                    break;
                case CauseSection c:
                    causes += c.Causes.Count;
                    break;
                case MeasureSection m:
                    measures += m.Measures.Count;
                    break;
            }
        }

        return (problems, causes, measures);
    }

    private void IndexSection(Section section, string prefix)
    {
        var selfCriticism = section.Kind is SectionKind.Problems or SectionKind.Causes;
        if (section.Heading is not null)
        {
            AddText(prefix, ".heading", section.Heading, null, section.Source, selfCriticism);
        }

        // A free section keeps its paragraphs in Intro; its documented path is "paragraphs".
        var introName = section is CustomSection ? "paragraphs" : "intro";
        for (var i = 0; i < section.Intro.Count; i++)
        {
            var p = section.Intro[i];
            AddText($"{prefix}.{introName}[{i}]", null, p.Text, null, p.Source, selfCriticism);
        }

        switch (section)
        {
            case PreparationSection preparation:
                for (var i = 0; i < preparation.Steps.Count; i++)
                {
                    var step = preparation.Steps[i];
                    AddText($"{prefix}.steps[{i}]", null, step.Text, null, step.Source, false);
                }

                break;
            case RectificationSection rectification:
                for (var i = 0; i < rectification.Items.Count; i++)
                {
                    var item = rectification.Items[i];
                    AddText($"{prefix}.items[{i}]", null, item.Text, null, item.Source, false);
                }

                break;
            case ProblemSection problems:
                IndexProblems(problems, prefix);
                break;
            case CauseSection causes:
                for (var i = 0; i < causes.Causes.Count; i++)
                {
                    var cause = causes.Causes[i];
                    var path = DocumentPaths.Item(prefix, i);
                    Causes.Add((cause, path));
                    Declare(cause.Id, ElementKind.Cause, path);
                    AddText(path, ".title", cause.Title, cause.Id, cause.Source, true);
                    AddText(path, ".body", cause.Body, cause.Id, cause.Source?.Advance(cause.Title.Length), true);
                }

                break;
            case MeasureSection measures:
                for (var i = 0; i < measures.Measures.Count; i++)
                {
                    IndexMeasure(measures.Measures[i], DocumentPaths.Item(prefix, i));
                }

                break;
        }

        for (var i = 0; i < section.Closing.Count; i++)
        {
            var p = section.Closing[i];
            AddText($"{prefix}.closing[{i}]", null, p.Text, null, p.Source, selfCriticism);
        }
    }

    private void IndexProblems(ProblemSection section, string prefix)
    {
        for (var g = 0; g < section.Aspects.Count; g++)
        {
            var group = section.Aspects[g];
            var groupPath = $"{prefix}.aspects[{g}]";
            Groups.Add((group, groupPath));
            if (group.Heading is not null)
            {
                AddText(groupPath, ".heading", group.Heading, null, group.Source, true);
            }

            for (var i = 0; i < group.Intro.Count; i++)
            {
                var p = group.Intro[i];
                AddText($"{groupPath}.intro[{i}]", null, p.Text, null, p.Source, true);
            }

            for (var i = 0; i < group.Problems.Count; i++)
            {
                var item = group.Problems[i];
                var path = $"{groupPath}.problems[{i}]";
                Problems.Add((item, path, group, groupPath));
                Declare(item.Id, ElementKind.Problem, path);
                AddText(path, ".lead", item.Lead, item.Id, item.Source, true);
                var offset = item.Lead.Length;
                AddText(path, ".body", item.Body, item.Id, item.Source?.Advance(offset), true);
                offset += item.Body.Length;
                for (var e = 0; e < item.Examples.Count; e++)
                {
                    var example = item.Examples[e];
                    AddText($"{path}.examples[{e}]", null, example.Text, item.Id, example.Source ?? item.Source?.Advance(offset), true);
                    offset += example.Text.Length;
                }
            }

            for (var i = 0; i < group.Closing.Count; i++)
            {
                var p = group.Closing[i];
                AddText($"{groupPath}.closing[{i}]", null, p.Text, null, p.Source, true);
            }
        }
    }

    private void IndexMeasure(Measure measure, string path)
    {
        Measures.Add((measure, path));
        Declare(measure.Id, ElementKind.Measure, path);
        AddText(path, ".title", measure.Title, measure.Id, measure.Source, false);
        AddText(path, ".body", measure.Body, measure.Id, measure.Source?.Advance(measure.Title.Length), false);
        for (var i = 0; i < measure.Items.Count; i++)
        {
            var item = measure.Items[i];
            AddText($"{path}.items[{i}]", null, item.Text, measure.Id, item.Source, false);
        }

        for (var i = 0; i < measure.Owners.Count; i++)
        {
            AddText($"{path}.owners[{i}]", null, measure.Owners[i], measure.Id, null, false, countsTowardsLength: false, isName: true);
        }

        if (measure.OwningUnit is not null)
        {
            AddText(path, ".owningUnit", measure.OwningUnit, measure.Id, null, false, countsTowardsLength: false, isName: true);
        }

        if (measure.Standard is not null)
        {
            AddText(path, ".standard", measure.Standard, measure.Id, null, false, countsTowardsLength: false);
        }
    }

    private void Declare(string id, ElementKind kind, string path)
    {
        if (Declarations.TryGetValue(id, out var first))
        {
            Duplicates.Add((id, path, first.Path));
        }
        else
        {
            Declarations.Add(id, (kind, path));
        }
    }

    private void ResolveLinks()
    {
        foreach (var (group, path) in Groups)
        {
            if (group.AspectId is not null && Document.Header.Catalogue?.Find(group.AspectId) is null)
            {
                UnresolvedLinks.Add((group.AspectId, path + ".aspectId", "aspectId", null));
            }
        }

        foreach (var (cause, path) in Causes)
        {
            for (var i = 0; i < cause.Explains.Count; i++)
            {
                var link = cause.Explains[i];
                if (Resolve(link, ElementKind.Problem, path, "explains", i, cause.Id))
                {
                    Increment(TimesExplained, link.TargetId);
                    Increment(ResolvedExplains, cause.Id);
                }
            }
        }

        foreach (var (measure, path) in Measures)
        {
            for (var i = 0; i < measure.Addresses.Count; i++)
            {
                var link = measure.Addresses[i];
                if (Resolve(link, ElementKind.Problem, path, "addresses", i, measure.Id))
                {
                    Increment(TimesAddressed, link.TargetId);
                    Increment(ResolvedAddresses, measure.Id);
                }
            }

            for (var i = 0; i < measure.Remedies.Count; i++)
            {
                Resolve(measure.Remedies[i], ElementKind.Cause, path, "remedies", i, measure.Id);
            }
        }
    }

    private bool Resolve(Link link, ElementKind kind, string ownerPath, string field, int index, string ownerId)
    {
        if (Declarations.TryGetValue(link.TargetId, out var target) && target.Kind == kind)
        {
            return true;
        }

        UnresolvedLinks.Add((link.TargetId, $"{ownerPath}.{field}[{index}]", field, ownerId));
        return false;
    }

    private void AddText(string path, string? pathSuffix, string text, string? elementId, SourceLocation? source, bool selfCriticism, bool countsTowardsLength = true, bool isName = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        Texts.Add(new TextField(path, pathSuffix, text, elementId, source, selfCriticism, isName));
        if (countsTowardsLength)
        {
            TotalLength += text.Length;
            if (selfCriticism)
            {
                SelfCriticismLength += text.Length;
            }
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}

/// <summary>The kinds of element that carry IDs.</summary>
internal enum ElementKind
{
    Problem,
    Cause,
    Measure,
}
