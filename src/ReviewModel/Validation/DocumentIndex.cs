using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// Everything the rules need, gathered in one pass over the document: the elements with their
/// paths, the declared IDs, how often each problem is addressed and explained, and the text runs.
/// Lookups are hash-based, so validation is linear in the document's size.
/// </summary>
internal sealed class DocumentIndex
{
    public DocumentIndex(ReviewDocument document)
    {
        Document = document;
        foreach (var paragraph in Enumerate(document.Preamble))
        {
            AddText($"preamble[{paragraph.Index}]", paragraph.Item.Text, null, paragraph.Item.Source, false);
        }

        AddText("header.title", document.Header.Title, null, null, false, countsTowardsLength: false);
        if (document.Header.Theme is not null)
        {
            AddText("header.theme", document.Header.Theme, null, null, false, countsTowardsLength: false);
        }

        // Names can hold placeholders too ("xx市委"): scanned, not counted towards the length.
        var subject = document.Header.Subject;
        AddText("header.subject.organisation", subject.Organisation, null, null, false, countsTowardsLength: false, isName: true);
        AddText("header.subject.name", subject.Name, null, null, false, countsTowardsLength: false, isName: true);
        if (subject.Post is not null)
        {
            AddText("header.subject.post", subject.Post, null, null, false, countsTowardsLength: false, isName: true);
        }

        if (document.Header.Notice is { } notice)
        {
            AddText("header.notice.issuer", notice.Issuer, null, null, false, countsTowardsLength: false, isName: true);
            AddText("header.notice.title", notice.Title, null, null, false, countsTowardsLength: false, isName: true);
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            IndexSection(document.Sections[s], DocumentPaths.Section(document, s));
        }

        ResolveLinks();
    }

    public ReviewDocument Document { get; }

    public List<(Problem Problem, string Path, AspectGroup Group, string GroupPath)> Problems { get; } = new();

    public List<(AspectGroup Group, string Path)> Groups { get; } = new();

    public List<(Cause Cause, string Path)> Causes { get; } = new();

    public List<(Measure Measure, string Path)> Measures { get; } = new();

    public List<TextField> Texts { get; } = new();

    public Dictionary<string, (ElementKind Kind, string Path)> Declarations { get; } = new(StringComparer.Ordinal);

    public List<(string Id, string Path, string FirstPath)> Duplicates { get; } = new();

    public List<(string TargetId, string Path, string Field, string? OwnerId)> UnresolvedLinks { get; } = new();

    public Dictionary<string, int> TimesAddressed { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> TimesExplained { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ResolvedAddresses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ResolvedExplains { get; } = new(StringComparer.Ordinal);

    public long TotalLength { get; private set; }

    public long SelfCriticismLength { get; private set; }

    private void IndexSection(Section section, string prefix)
    {
        var selfCriticism = section.Kind is SectionKind.Problems or SectionKind.Causes;
        if (section.Heading is not null)
        {
            AddText(prefix + ".heading", section.Heading, null, section.Source, selfCriticism);
        }

        // A free section keeps its paragraphs in Intro; its documented path is "paragraphs".
        var introName = section is CustomSection ? "paragraphs" : "intro";
        foreach (var p in Enumerate(section.Intro))
        {
            AddText($"{prefix}.{introName}[{p.Index}]", p.Item.Text, null, p.Item.Source, selfCriticism);
        }

        switch (section)
        {
            case PreparationSection preparation:
                foreach (var step in Enumerate(preparation.Steps))
                {
                    AddText($"{prefix}.steps[{step.Index}]", step.Item.Text, null, step.Item.Source, false);
                }

                break;
            case RectificationSection rectification:
                foreach (var item in Enumerate(rectification.Items))
                {
                    AddText($"{prefix}.items[{item.Index}]", item.Item.Text, null, item.Item.Source, false);
                }

                break;
            case ProblemSection problems:
                IndexProblems(problems, prefix);
                break;
            case CauseSection causes:
                foreach (var cause in Enumerate(causes.Causes))
                {
                    var path = DocumentPaths.Item(prefix, cause.Index);
                    Causes.Add((cause.Item, path));
                    Declare(cause.Item.Id, ElementKind.Cause, path);
                    AddText(path + ".title", cause.Item.Title, cause.Item.Id, cause.Item.Source, true);
                    AddText(path + ".body", cause.Item.Body, cause.Item.Id, cause.Item.Source?.Advance(cause.Item.Title.Length), true);
                }

                break;
            case MeasureSection measures:
                foreach (var measure in Enumerate(measures.Measures))
                {
                    IndexMeasure(measure.Item, DocumentPaths.Item(prefix, measure.Index));
                }

                break;
        }

        foreach (var p in Enumerate(section.Closing))
        {
            AddText($"{prefix}.closing[{p.Index}]", p.Item.Text, null, p.Item.Source, selfCriticism);
        }
    }

    private void IndexProblems(ProblemSection section, string prefix)
    {
        foreach (var group in Enumerate(section.Aspects))
        {
            var groupPath = $"{prefix}.aspects[{group.Index}]";
            Groups.Add((group.Item, groupPath));
            if (group.Item.Heading is not null)
            {
                AddText(groupPath + ".heading", group.Item.Heading, null, group.Item.Source, true);
            }

            foreach (var p in Enumerate(group.Item.Intro))
            {
                AddText($"{groupPath}.intro[{p.Index}]", p.Item.Text, null, p.Item.Source, true);
            }

            foreach (var problem in Enumerate(group.Item.Problems))
            {
                var path = $"{groupPath}.problems[{problem.Index}]";
                var item = problem.Item;
                Problems.Add((item, path, group.Item, groupPath));
                Declare(item.Id, ElementKind.Problem, path);
                AddText(path + ".lead", item.Lead, item.Id, item.Source, true);
                var offset = item.Lead.Length;
                AddText(path + ".body", item.Body, item.Id, item.Source?.Advance(offset), true);
                offset += item.Body.Length;
                foreach (var example in Enumerate(item.Examples))
                {
                    AddText($"{path}.examples[{example.Index}]", example.Item.Text, item.Id, example.Item.Source ?? item.Source?.Advance(offset), true);
                    offset += example.Item.Text.Length;
                }
            }

            foreach (var p in Enumerate(group.Item.Closing))
            {
                AddText($"{groupPath}.closing[{p.Index}]", p.Item.Text, null, p.Item.Source, true);
            }
        }
    }

    private void IndexMeasure(Measure measure, string path)
    {
        Measures.Add((measure, path));
        Declare(measure.Id, ElementKind.Measure, path);
        AddText(path + ".title", measure.Title, measure.Id, measure.Source, false);
        AddText(path + ".body", measure.Body, measure.Id, measure.Source?.Advance(measure.Title.Length), false);
        foreach (var item in Enumerate(measure.Items))
        {
            AddText($"{path}.items[{item.Index}]", item.Item.Text, measure.Id, item.Item.Source, false);
        }

        foreach (var owner in Enumerate(measure.Owners))
        {
            AddText($"{path}.owners[{owner.Index}]", owner.Item, measure.Id, null, false, countsTowardsLength: false, isName: true);
        }

        if (measure.OwningUnit is not null)
        {
            AddText(path + ".owningUnit", measure.OwningUnit, measure.Id, null, false, countsTowardsLength: false, isName: true);
        }

        if (measure.Standard is not null)
        {
            AddText(path + ".standard", measure.Standard, measure.Id, null, false, countsTowardsLength: false);
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
            foreach (var link in Enumerate(cause.Explains))
            {
                if (Resolve(link.Item, ElementKind.Problem, $"{path}.explains[{link.Index}]", "explains", cause.Id))
                {
                    Increment(TimesExplained, link.Item.TargetId);
                    Increment(ResolvedExplains, cause.Id);
                }
            }
        }

        foreach (var (measure, path) in Measures)
        {
            foreach (var link in Enumerate(measure.Addresses))
            {
                if (Resolve(link.Item, ElementKind.Problem, $"{path}.addresses[{link.Index}]", "addresses", measure.Id))
                {
                    Increment(TimesAddressed, link.Item.TargetId);
                    Increment(ResolvedAddresses, measure.Id);
                }
            }

            foreach (var link in Enumerate(measure.Remedies))
            {
                Resolve(link.Item, ElementKind.Cause, $"{path}.remedies[{link.Index}]", "remedies", measure.Id);
            }
        }
    }

    private bool Resolve(Link link, ElementKind kind, string path, string field, string ownerId)
    {
        if (Declarations.TryGetValue(link.TargetId, out var target) && target.Kind == kind)
        {
            return true;
        }

        UnresolvedLinks.Add((link.TargetId, path, field, ownerId));
        return false;
    }

    private void AddText(string path, string text, string? elementId, SourceLocation? source, bool selfCriticism, bool countsTowardsLength = true, bool isName = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        Texts.Add(new TextField(path, text, elementId, source, selfCriticism, isName));
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

    private static IEnumerable<(T Item, int Index)> Enumerate<T>(IReadOnlyList<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i], i);
        }
    }
}

/// <summary>The kinds of element that carry IDs.</summary>
internal enum ElementKind
{
    Problem,
    Cause,
    Measure,
}
