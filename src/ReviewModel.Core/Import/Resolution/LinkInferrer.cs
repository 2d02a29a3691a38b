using System.Collections.Generic;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// Proposes the links real materials never write: which measure addresses which problem, which
/// cause explains which problem, which measure remedies which cause. When the two lists are as long
/// as each other (five aspects, five measures) the n-th answers the n-th; otherwise each problem (or
/// measure) goes to the text it shares most distinctive words with, if any. Every proposed link is
/// marked <see cref="Link.IsInferred"/>; what stays unlinked is left for the validator to report.
/// </summary>
internal static class LinkInferrer
{
    /// <summary>The least score for an inferred link (<see cref="ImportThresholds.LinkScore"/>).</summary>
    public const double MinimumScore = ImportThresholds.LinkScore;

    /// <summary>The fallback pairing of elements left without a problem compares each with each: bounded so that time stays linear on large inputs.</summary>
    public const int MaxFallbackPairs = ImportThresholds.MaxFallbackLinkPairs;

    public static ReviewDocument Infer(ReviewDocument document, List<InferredLink> links, CancellationToken cancellationToken)
    {
        // The elements in document order; links are collected per element by its place in these lists.
        var groups = new List<AspectGroup>();
        var causes = new List<Cause>();
        var measures = new List<Measure>();
        // Read by index: the model's lists enumerate through an interface (an enumerator object each), and AddRange of one
        // enumerates it.
        var sections = document.Sections;
        for (var s = 0; s < sections.Count; s++)
        {
            switch (sections[s])
            {
                case ProblemSection problemSection:
                    for (var g = 0; g < problemSection.Aspects.Count; g++)
                    {
                        var group = problemSection.Aspects[g];
                        if (group.Problems.Count > 0)
                        {
                            groups.Add(group);
                        }
                    }

                    break;
                case CauseSection causeSection:
                    AddAll(causes, causeSection.Causes);
                    break;
                case MeasureSection measureSection:
                    AddAll(measures, measureSection.Measures);
                    break;
            }
        }

        // The groups' problems, in a list made to their number.
        var problemCount = 0;
        foreach (var group in groups)
        {
            problemCount += group.Problems.Count;
        }

        var problems = new List<Problem>(problemCount);
        foreach (var group in groups)
        {
            AddAll(problems, group.Problems);
        }

        if (problems.Count == 0 && (causes.Count == 0 || measures.Count == 0))
        {
            return document;
        }

        var measureIds = measures.ConvertAll(m => m.Id).ToArray();
        var causeIds = causes.ConvertAll(c => c.Id).ToArray();
        var addresses = new Targets(measureIds);
        var remedies = new Targets(measureIds);
        var explains = new Targets(causeIds);

        // At most one link of each kind per problem and per measure: room for all of them, so that the list does not grow.
        var most = links.Count + (2 * problems.Count) + measures.Count;
        if (links.Capacity < most)
        {
            links.Capacity = most;
        }

        // The causes' index serves twice (problems to causes, measures to causes): built once, when first needed.
        // Indexes are disposed at the end, which lets the next import on this thread reuse their arrays.
        KeywordIndex? causeIndex = null;
        KeywordIndex? measureIndex = null;
        KeywordIndex CauseIndex() => causeIndex ??= KeywordIndex.Build(causes.ConvertAll(CauseText));
        try
        {
            Link(groups, problems, causes, measures, addresses, remedies, explains, CauseIndex, () => measureIndex ??= KeywordIndex.Build(measures.ConvertAll(m => MeasureText(m, new List<string>()))), links, cancellationToken);
        }
        finally
        {
            causeIndex?.Dispose();
            measureIndex?.Dispose();
        }

        return WithLinks(document, addresses, remedies, explains);
    }

    /// <summary>
    /// The document with the links added: a cause or measure that got a link is made anew, and so are the sections and the
    /// document holding one; everything else is the same object as before.
    /// </summary>
    private static ReviewDocument WithLinks(ReviewDocument document, Targets addresses, Targets remedies, Targets explains)
    {
        var sections = new Section[document.Sections.Count];
        var changed = false;
        int cause = 0, measure = 0;
        for (var s = 0; s < sections.Length; s++)
        {
            var section = document.Sections[s];
            switch (section)
            {
                case CauseSection c:
                    var newCauses = new Cause[c.Causes.Count];
                    var causesChanged = false;
                    for (var i = 0; i < newCauses.Length; i++, cause++)
                    {
                        var x = c.Causes[i];
                        newCauses[i] = explains.IsEmpty(cause) ? x : new Cause(x.Id, x.Title, x.Body, explains.Merge(cause, x.Explains), x.Source);
                        causesChanged |= !ReferenceEquals(newCauses[i], x);
                    }

                    section = causesChanged ? new CauseSection(c.Heading, ValueList<Cause>.Adopt(newCauses), c.NumberStyle, c.Intro, c.Closing, c.Source) : c;
                    break;
                case MeasureSection m:
                    var newMeasures = new Measure[m.Measures.Count];
                    var measuresChanged = false;
                    for (var i = 0; i < newMeasures.Length; i++, measure++)
                    {
                        var x = m.Measures[i];
                        newMeasures[i] = addresses.IsEmpty(measure) && remedies.IsEmpty(measure)
                            ? x
                            : new Measure(x.Id, x.Title, x.Body, x.Items, x.ItemLayout, addresses.Merge(measure, x.Addresses), remedies.Merge(measure, x.Remedies), x.Owners, x.OwningUnit, x.Deadline, x.Standard, x.Source, x.AccountabilityInText, x.ItemNumberStyle);
                        measuresChanged |= !ReferenceEquals(newMeasures[i], x);
                    }

                    section = measuresChanged ? new MeasureSection(m.Heading, ValueList<Measure>.Adopt(newMeasures), m.NumberStyle, m.Intro, m.Closing, m.Source) : m;
                    break;
            }

            sections[s] = section;
            changed |= !ReferenceEquals(section, document.Sections[s]);
        }

        return changed ? new ReviewDocument(document.Header, document.Preamble, ValueList<Section>.Adopt(sections), document.Waivers, document.Comments) : document;
    }

    /// <summary>The three kinds of link: measures to problems, causes to problems, measures to causes.</summary>
    private static void Link(
        List<AspectGroup> groups,
        List<Problem> problems,
        List<Cause> causes,
        List<Measure> measures,
        Targets addresses,
        Targets remedies,
        Targets explains,
        System.Func<KeywordIndex> causeIndex,
        System.Func<KeywordIndex> measureIndex,
        List<InferredLink> links,
        CancellationToken cancellationToken)
    {
        if (measures.Count > 0 && problems.Count > 0)
        {
            Match(groups, measures.Count, measureIndex, problems, addresses, InferredLinkKind.Addresses, links, cancellationToken);
        }

        if (causes.Count > 0 && problems.Count > 0)
        {
            Match(groups, causes.Count, causeIndex, problems, explains, InferredLinkKind.Explains, links, cancellationToken);
        }

        if (measures.Count > 0 && causes.Count > 0)
        {
            if (measures.Count == causes.Count)
            {
                for (var i = 0; i < measures.Count; i++)
                {
                    remedies.Add(i, causes[i].Id, InferredLinkKind.Remedies, InferredLinkBasis.SameOrder, 1, links);
                }
            }
            else
            {
                var index = causeIndex();
                var parts = new List<string>();
                for (var i = 0; i < measures.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (best, score) = index.Best(MeasureText(measures[i], parts), null);
                    if (best >= 0 && score >= MinimumScore)
                    {
                        remedies.Add(i, causes[best].Id, InferredLinkKind.Remedies, InferredLinkBasis.SharedKeywords, score, links);
                    }
                }
            }
        }
    }

    /// <summary>Links each problem to one of <paramref name="count"/> measures or causes (<paramref name="target"/>): by order, or by shared words.</summary>
    private static void Match(List<AspectGroup> groups, int count, System.Func<KeywordIndex> texts, List<Problem> problems, Targets target, InferredLinkKind kind, List<InferredLink> links, CancellationToken cancellationToken)
    {
        if (count == groups.Count)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                var groupProblems = groups[i].Problems;
                for (var p = 0; p < groupProblems.Count; p++)
                {
                    target.Add(i, groupProblems[p].Id, kind, InferredLinkBasis.SameOrder, 1, links);
                }
            }

            return;
        }

        if (count == problems.Count)
        {
            // One measure (or cause) per problem, in the same order.
            for (var i = 0; i < problems.Count; i++)
            {
                target.Add(i, problems[i].Id, kind, InferredLinkBasis.SameOrder, 1, links);
            }

            return;
        }

        var index = texts();
        var linked = new bool[count];

        // The problems left unlinked, each with its scores: a run of (element, score) in one flat list, in ascending
        // element order (as the index gives them), so that the fallback below finds a score by binary search.
        // Lists the thread reuses (given back below): the scores especially grow with the problems left unlinked.
        var unlinked = ScratchList<(Problem Problem, int Start, int Count)>.Take();
        var unlinkedScores = ScratchList<KeyValuePair<int, double>>.Take();
        var parts = new List<string>();
        foreach (var problem in problems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = unlinkedScores.Count;
            var (best, score) = index.Best(ProblemText(problem, parts), unlinkedScores);
            if (best >= 0 && score >= MinimumScore)
            {
                target.Add(best, problem.Id, kind, InferredLinkBasis.SharedKeywords, score, links);
                linked[best] = true;
                unlinkedScores.RemoveRange(start, unlinkedScores.Count - start);
            }
            else
            {
                unlinked.Add((problem, start, unlinkedScores.Count - start));
            }
        }

        // A measure or cause that took no problem gets the unlinked problem it shares the most words with
        // (any shared word, below the threshold): materials list their measures for their problems, so an element
        // answering none is more likely a weak match than a real gap. Still marked inferred, with its low score.
        // The scores were computed above, once per problem: this pass only looks them up.
        for (var i = 0; i < count && (long)count * unlinked.Count <= MaxFallbackPairs; i++)
        {
            if (linked[i])
            {
                continue;
            }

            var bestAt = -1;
            var bestScore = 0.0;
            for (var j = 0; j < unlinked.Count; j++)
            {
                if (ScoreOf(unlinkedScores, unlinked[j].Start, unlinked[j].Count, i) is double score && score > bestScore)
                {
                    bestScore = score;
                    bestAt = j;
                }
            }

            if (bestAt >= 0)
            {
                target.Add(i, unlinked[bestAt].Problem.Id, kind, InferredLinkBasis.SharedKeywords, bestScore, links);
                unlinked.RemoveAt(bestAt);
            }
        }

        ScratchList<(Problem Problem, int Start, int Count)>.Give(unlinked);
        ScratchList<KeyValuePair<int, double>>.Give(unlinkedScores);
    }

    /// <summary>Adds the elements of a model list to <paramref name="list"/>, read by index.</summary>
    private static void AddAll<T>(List<T> list, ValueList<T> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            list.Add(values[i]);
        }
    }

    /// <summary>The score of element <paramref name="element"/> in a run of (element, score) sorted by element, or null when it shares nothing.</summary>
    private static double? ScoreOf(List<KeyValuePair<int, double>> scores, int start, int count, int element)
    {
        int low = start, high = start + count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var at = scores[middle].Key;
            if (at == element)
            {
                return scores[middle].Value;
            }

            if (at < element)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>A problem's words: lead, body and examples, read as one text.</summary>
    private static IReadOnlyList<string> ProblemText(Problem problem, List<string> parts)
    {
        parts.Clear();
        parts.Add(problem.Lead);
        parts.Add(problem.Body);
        for (var i = 0; i < problem.Examples.Count; i++)
        {
            parts.Add(problem.Examples[i].Text);
        }

        return parts;
    }

    /// <summary>A measure's words: title, body and items, read as one text (put in <paramref name="parts"/>).</summary>
    private static IReadOnlyList<string> MeasureText(Measure measure, List<string> parts)
    {
        parts.Clear();
        parts.Add(measure.Title);
        parts.Add(measure.Body);
        for (var i = 0; i < measure.Items.Count; i++)
        {
            // An item's text is its lead then its body: given as the two strings it holds (parts are read as if
            // concatenated), not as the string NumberedItem.Text would make.
            parts.Add(measure.Items[i].Lead);
            parts.Add(measure.Items[i].Body);
        }

        return parts;
    }

    private static IReadOnlyList<string> CauseText(Cause cause) => new[] { cause.Title, cause.Body };

    /// <summary>
    /// The links found for each measure or cause of one kind, by the element's place in document order (a list made for an
    /// element when it gets its first link), and the element's ID for the inferred-link record.
    /// </summary>
    private sealed class Targets
    {
        private readonly List<Link>?[] _links;
        private readonly string[] _ids;

        /// <summary>Targets for the elements of <paramref name="ids"/> (their IDs, in document order).</summary>
        public Targets(string[] ids)
        {
            _links = new List<Link>?[ids.Length];
            _ids = ids;
        }

        public bool IsEmpty(int element) => _links[element] is null;

        /// <summary>Adds an inferred link from element <paramref name="element"/> to <paramref name="toId"/>, unless it has just been added.</summary>
        public void Add(int element, string toId, InferredLinkKind kind, InferredLinkBasis basis, double score, List<InferredLink> links)
        {
            var list = _links[element] ??= new List<Link>();
            if (list.Count > 0 && list[list.Count - 1].TargetId == toId)
            {
                return;
            }

            list.Add(new Link(toId, isInferred: true));
            links.Add(new InferredLink(_ids[element], kind, toId, basis, score));
        }

        /// <summary>The element's links as written, followed by those inferred.</summary>
        public ValueList<Link> Merge(int element, ValueList<Link> existing)
        {
            if (_links[element] is not { Count: > 0 } added)
            {
                return existing;
            }

            var all = new Link[existing.Count + added.Count];
            for (var i = 0; i < existing.Count; i++)
            {
                all[i] = existing[i];
            }

            added.CopyTo(all, existing.Count);
            return ValueList<Link>.Adopt(all);
        }
    }
}
