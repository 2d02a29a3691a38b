using System;
using System.Collections.Generic;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// Everything the rules need, gathered in one pass over the document: the elements with their
/// paths, the declared IDs, and whether each problem is addressed and explained; the text runs are
/// walked again on demand (<see cref="VisitTexts"/>) rather than stored. One hash lookup per
/// declaration and per link, so validation is linear in the document's size. Collections are sized
/// up front and paths are kept in parts and only spelled out when a rule reports them, so that a
/// large document does not churn the garbage collector.
/// </summary>
internal sealed class DocumentIndex
{
    private bool _indexing;
    private TextVisitor? _visitor;
    private readonly CancellationToken _cancellation;

    // Link counts by element position rather than by ID: arrays walked in order instead of hash
    // lookups scattered over memory, which dominate the cost of a large document.
    private readonly List<int> _canonicalProblem;
    private readonly int[] _timesAddressed;
    private readonly int[] _timesExplained;
    private readonly bool[] _measureAddressesProblem;
    private readonly bool[] _causeExplainsProblem;

    // Path prefixes worked out by the indexing walk and reused by every later walk (each text-scanning rule walks once).
    private readonly List<string> _sectionPrefixes = new();
    private readonly List<(string Aspects, string Problems)> _groupPrefixes = new();
    private int _groupCursor;

    public DocumentIndex(ReviewDocument document, CancellationToken cancellationToken = default)
    {
        Document = document;
        _cancellation = cancellationToken;
        var (problems, causes, measures) = Count(document);
        Problems = new(problems);
        Causes = new(causes);
        Measures = new(measures);
        Declarations = new(problems + causes + measures, StringComparer.Ordinal);
        _canonicalProblem = new List<int>(problems);
        _timesAddressed = new int[problems];
        _timesExplained = new int[problems];
        _measureAddressesProblem = new bool[measures];
        _causeExplainsProblem = new bool[causes];

        _indexing = true;
        Walk();
        _indexing = false;
        ResolveLinks();
    }

    public ReviewDocument Document { get; }

    public List<(Problem Problem, ElementPath Path, AspectGroup Group, ElementPath GroupPath)> Problems { get; }

    public List<(AspectGroup Group, ElementPath Path)> Groups { get; } = new();

    public List<(Cause Cause, ElementPath Path)> Causes { get; }

    public List<(Measure Measure, ElementPath Path)> Measures { get; }

    /// <summary>The first declaration of each ID: its kind, path and position among the elements of its kind.</summary>
    public Dictionary<string, (ElementKind Kind, ElementPath Path, int Ordinal)> Declarations { get; }

    public List<(string Id, string Path, string FirstPath)> Duplicates { get; } = new();

    public List<(string TargetId, string Path, string Field, string? OwnerId)> UnresolvedLinks { get; } = new();

    public long TotalLength { get; private set; }

    public long SelfCriticismLength { get; private set; }

    /// <summary>Whether a measure addresses the problem at <paramref name="problem"/> in <see cref="Problems"/>
    /// (or, when its ID is declared twice, the problem first declared with it).</summary>
    public bool IsAddressed(int problem) => _timesAddressed[_canonicalProblem[problem]] > 0;

    /// <summary>Whether a cause explains the problem at <paramref name="problem"/> in <see cref="Problems"/>.</summary>
    public bool IsExplained(int problem) => _timesExplained[_canonicalProblem[problem]] > 0;

    /// <summary>Whether the measure at <paramref name="measure"/> in <see cref="Measures"/> addresses an existing problem.</summary>
    public bool AddressesAnyProblem(int measure) => _measureAddressesProblem[measure];

    /// <summary>Whether the cause at <paramref name="cause"/> in <see cref="Causes"/> explains an existing problem.</summary>
    public bool ExplainsAnyProblem(int cause) => _causeExplainsProblem[cause];

    /// <summary>
    /// Calls <paramref name="visitor"/> for every run of text, in document order. The texts are not
    /// stored: each visit walks the document again, so a large document costs no large arrays.
    /// </summary>
    public void VisitTexts(TextVisitor visitor)
    {
        _visitor = visitor;
        try
        {
            Walk();
        }
        finally
        {
            _visitor = null;
        }
    }

    /// <summary>Walks the document: while indexing, records elements and lengths; while visiting, hands each text to the visitor.</summary>
    private void Walk()
    {
        _groupCursor = 0;
        for (var i = 0; i < Document.Preamble.Count; i++)
        {
            var paragraph = Document.Preamble[i];
            AddText(new ElementPath("preamble", i), null, paragraph.Text, null, paragraph.Source, false);
        }

        AddText(new ElementPath("header.title"), null, Document.Header.Title, null, null, false, countsTowardsLength: false);
        if (Document.Header.Theme is not null)
        {
            AddText(new ElementPath("header.theme"), null, Document.Header.Theme, null, null, false, countsTowardsLength: false);
        }

        // Names can hold placeholders too ("xx市委"): scanned, not counted towards the length. A name taken from the
        // title ("中共xx县委常委班子" in "中共xx县委常委班子20xx年度……") is the title's text: its placeholders are the title's,
        // reported there once.
        var subject = Document.Header.Subject;
        var title = Document.Header.Title;
        if (!IsPartOf(subject.Organisation, title))
        {
            AddText(new ElementPath("header.subject.organisation"), null, subject.Organisation, null, null, false, countsTowardsLength: false, isName: true);
        }

        if (!IsPartOf(subject.Name, title))
        {
            AddText(new ElementPath("header.subject.name"), null, subject.Name, null, null, false, countsTowardsLength: false, isName: true);
        }
        if (subject.Post is not null)
        {
            AddText(new ElementPath("header.subject.post"), null, subject.Post, null, null, false, countsTowardsLength: false, isName: true);
        }

        if (Document.Header.Notice is { } notice)
        {
            AddText(new ElementPath("header.notice.issuer"), null, notice.Issuer, null, null, false, countsTowardsLength: false, isName: true);
            AddText(new ElementPath("header.notice.title"), null, notice.Title, null, null, false, countsTowardsLength: false, isName: true);
        }

        for (var s = 0; s < Document.Sections.Count; s++)
        {
            if (_indexing)
            {
                _sectionPrefixes.Add(DocumentPaths.Section(Document, s));
            }

            IndexSection(Document.Sections[s], _sectionPrefixes[s]);
        }
    }

    private static bool IsPartOf(string name, string title) =>
        name.Length > 0 && title.IndexOf(name, System.StringComparison.Ordinal) >= 0;

    /// <summary>Whether <paramref name="value"/> was read out of the measure's text and is still written there.</summary>
    private static bool IsInMeasureText(Measure measure, string value)
    {
        if (!measure.AccountabilityInText)
        {
            return false;
        }

        if (IsPartOf(value, measure.Title) || IsPartOf(value, measure.Body))
        {
            return true;
        }

        foreach (var item in measure.Items)
        {
            if (IsPartOf(value, item.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Honours cancellation every 1,024 elements, so that a huge document can be abandoned.</summary>
    private void CheckCancellation(int i)
    {
        if ((i & 1023) == 1023)
        {
            _cancellation.ThrowIfCancellationRequested();
        }
    }

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
            AddText(new ElementPath(prefix), ".heading", section.Heading, null, section.Source, selfCriticism);
        }

        // A free section keeps its paragraphs in Intro; its documented path is "paragraphs".
        var sectionPath = new ElementPath(prefix);
        var introName = section is CustomSection ? ".paragraphs" : ".intro";
        for (var i = 0; i < section.Intro.Count; i++)
        {
            var p = section.Intro[i];
            AddText(sectionPath, introName, i, p.Text, null, p.Source, selfCriticism);
        }

        switch (section)
        {
            case PreparationSection preparation:
                for (var i = 0; i < preparation.Steps.Count; i++)
                {
                    var step = preparation.Steps[i];
                    AddText(sectionPath, ".steps", i, step.Text, null, step.Source, false);
                }

                break;
            case RectificationSection rectification:
                for (var i = 0; i < rectification.Items.Count; i++)
                {
                    var item = rectification.Items[i];
                    AddText(sectionPath, ".items", i, item.Text, null, item.Source, false);
                }

                break;
            case ProblemSection problems:
                IndexProblems(problems, prefix);
                break;
            case CauseSection causes:
                for (var i = 0; i < causes.Causes.Count; i++)
                {
                    var cause = causes.Causes[i];
                    CheckCancellation(i);
                    var path = new ElementPath(prefix, i);
                    if (_indexing)
                    {
                        Declare(cause.Id, ElementKind.Cause, path, Causes.Count);
                        Causes.Add((cause, path));
                    }

                    AddText(path, ".title", cause.Title, cause.Id, cause.Source, true);
                    AddText(path, ".body", cause.Body, cause.Id, cause.Source, true, sourceOffset: cause.Title.Length);
                }

                break;
            case MeasureSection measures:
                for (var i = 0; i < measures.Measures.Count; i++)
                {
                    CheckCancellation(i);
                    IndexMeasure(measures.Measures[i], new ElementPath(prefix, i));
                }

                break;
        }

        for (var i = 0; i < section.Closing.Count; i++)
        {
            var p = section.Closing[i];
            AddText(sectionPath, ".closing", i, p.Text, null, p.Source, selfCriticism);
        }
    }

    private void IndexProblems(ProblemSection section, string prefix)
    {
        for (var g = 0; g < section.Aspects.Count; g++)
        {
            var group = section.Aspects[g];
            if (_indexing)
            {
                var aspects = g == 0 ? prefix + ".aspects" : _groupPrefixes[_groupPrefixes.Count - 1].Aspects;
                _groupPrefixes.Add((aspects, new ElementPath(aspects, g) + ".problems"));
            }

            var (aspectsPrefix, problemsPrefix) = _groupPrefixes[_groupCursor++];
            var groupPath = new ElementPath(aspectsPrefix, g);
            if (_indexing)
            {
                Groups.Add((group, groupPath));
            }

            if (group.Heading is not null)
            {
                AddText(groupPath, ".heading", group.Heading, null, group.Source, true);
            }

            for (var i = 0; i < group.Intro.Count; i++)
            {
                var p = group.Intro[i];
                AddText(groupPath, ".intro", i, p.Text, null, p.Source, true);
            }

            for (var i = 0; i < group.Problems.Count; i++)
            {
                var item = group.Problems[i];
                CheckCancellation(i);
                var path = new ElementPath(problemsPrefix, i);
                if (_indexing)
                {
                    _canonicalProblem.Add(Declare(item.Id, ElementKind.Problem, path, Problems.Count));
                    Problems.Add((item, path, group, groupPath));
                }

                AddText(path, ".lead", item.Lead, item.Id, item.Source, true);
                var offset = item.Lead.Length;
                AddText(path, ".body", item.Body, item.Id, item.Source, true, sourceOffset: offset);
                offset += item.Body.Length;
                for (var e = 0; e < item.Examples.Count; e++)
                {
                    var example = item.Examples[e];
                    AddText(path, ".examples", e, example.Text, item.Id, example.Source ?? item.Source, true, sourceOffset: example.Source is null ? offset : 0);
                    offset += example.Text.Length;
                }
            }

            for (var i = 0; i < group.Closing.Count; i++)
            {
                var p = group.Closing[i];
                AddText(groupPath, ".closing", i, p.Text, null, p.Source, true);
            }
        }
    }

    private void IndexMeasure(Measure measure, ElementPath path)
    {
        if (_indexing)
        {
            Declare(measure.Id, ElementKind.Measure, path, Measures.Count);
            Measures.Add((measure, path));
        }

        AddText(path, ".title", measure.Title, measure.Id, measure.Source, false);
        AddText(path, ".body", measure.Body, measure.Id, measure.Source, false, sourceOffset: measure.Title.Length);
        for (var i = 0; i < measure.Items.Count; i++)
        {
            var item = measure.Items[i];
            AddText(path, ".items", i, item.Text, measure.Id, item.Source, false);
        }

        // Owners, unit and standard read out of the measure's own text (责任人：xx) are that text: their placeholders are
        // reported there once, at their position, not a second time at the field's path.
        for (var i = 0; i < measure.Owners.Count; i++)
        {
            if (!IsInMeasureText(measure, measure.Owners[i]))
            {
                AddText(path, ".owners", i, measure.Owners[i], measure.Id, null, false, countsTowardsLength: false, isName: true);
            }
        }

        if (measure.OwningUnit is not null && !IsInMeasureText(measure, measure.OwningUnit))
        {
            AddText(path, ".owningUnit", measure.OwningUnit, measure.Id, null, false, countsTowardsLength: false, isName: true);
        }

        if (measure.Standard is not null && !IsInMeasureText(measure, measure.Standard))
        {
            AddText(path, ".standard", measure.Standard, measure.Id, null, false, countsTowardsLength: false);
        }
    }

    /// <summary>Declares an ID; returns the position links to it count against: the first
    /// declaration's when that is of the same kind, otherwise <paramref name="ordinal"/>.</summary>
    private int Declare(string id, ElementKind kind, ElementPath path, int ordinal)
    {
        // One hash lookup for the usual, first declaration: on a large document these lookups are
        // cache misses and dominate the cost of indexing.
#if NETSTANDARD2_0
        if (!Declarations.ContainsKey(id))
        {
            Declarations.Add(id, (kind, path, ordinal));
            return ordinal;
        }
#else
        if (Declarations.TryAdd(id, (kind, path, ordinal)))
        {
            return ordinal;
        }
#endif

        var first = Declarations[id];
        Duplicates.Add((id, path, first.Path));
        return first.Kind == kind ? first.Ordinal : ordinal;
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

        for (var c = 0; c < Causes.Count; c++)
        {
            var (cause, path) = Causes[c];
            for (var i = 0; i < cause.Explains.Count; i++)
            {
                var problem = Resolve(cause.Explains[i], ElementKind.Problem, path, "explains", i, cause.Id);
                if (problem >= 0)
                {
                    _timesExplained[problem]++;
                    _causeExplainsProblem[c] = true;
                }
            }
        }

        for (var m = 0; m < Measures.Count; m++)
        {
            var (measure, path) = Measures[m];
            for (var i = 0; i < measure.Addresses.Count; i++)
            {
                var problem = Resolve(measure.Addresses[i], ElementKind.Problem, path, "addresses", i, measure.Id);
                if (problem >= 0)
                {
                    _timesAddressed[problem]++;
                    _measureAddressesProblem[m] = true;
                }
            }

            for (var i = 0; i < measure.Remedies.Count; i++)
            {
                Resolve(measure.Remedies[i], ElementKind.Cause, path, "remedies", i, measure.Id);
            }
        }
    }

    /// <summary>The position of the element <paramref name="link"/> points at, or -1 (reported) when there is none of that kind.</summary>
    private int Resolve(Link link, ElementKind kind, ElementPath ownerPath, string field, int index, string ownerId)
    {
        if (Declarations.TryGetValue(link.TargetId, out var target) && target.Kind == kind)
        {
            return target.Ordinal;
        }

        UnresolvedLinks.Add((link.TargetId, $"{ownerPath}.{field}[{index}]", field, ownerId));
        return -1;
    }

    private void AddText(ElementPath element, string? field, string text, string? elementId, SourceLocation? source, bool selfCriticism, bool countsTowardsLength = true, bool isName = false, int sourceOffset = 0) =>
        AddText(element, field, -1, text, elementId, source, selfCriticism, countsTowardsLength, isName, sourceOffset);

    /// <summary>Records or visits one text; it starts <paramref name="sourceOffset"/> columns after <paramref name="source"/> (a body after its lead).</summary>
    private void AddText(ElementPath element, string? field, int fieldIndex, string text, string? elementId, SourceLocation? source, bool selfCriticism, bool countsTowardsLength = true, bool isName = false, int sourceOffset = 0)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_visitor is not null)
        {
            _visitor(new TextField(element, field, fieldIndex, text, elementId, source, sourceOffset, selfCriticism, isName));
        }

        if (_indexing && countsTowardsLength)
        {
            TotalLength += text.Length;
            if (selfCriticism)
            {
                SelfCriticismLength += text.Length;
            }
        }
    }

}

/// <summary>Receives one run of text from <see cref="DocumentIndex.VisitTexts"/>.</summary>
/// <param name="field">The text and where it is.</param>
internal delegate void TextVisitor(in TextField field);

/// <summary>The kinds of element that carry IDs.</summary>
internal enum ElementKind
{
    Problem,
    Cause,
    Measure,
}
