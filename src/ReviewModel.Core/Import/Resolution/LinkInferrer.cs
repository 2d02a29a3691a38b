using System.Collections.Generic;
using System.Linq;
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
    public const int MaxFallbackPairs = 10_000;

    public static ReviewDocument Infer(ReviewDocument document, List<InferredLink> links, CancellationToken cancellationToken)
    {
        var groups = document.Sections.OfType<ProblemSection>().SelectMany(s => s.Aspects).Where(g => g.Problems.Count > 0).ToList();
        var problems = groups.SelectMany(g => g.Problems).ToList();
        var causes = document.AllCauses.ToList();
        var measures = document.AllMeasures.ToList();
        if (problems.Count == 0 && (causes.Count == 0 || measures.Count == 0))
        {
            return document;
        }

        var addresses = measures.ToDictionary(m => m.Id, _ => new List<Link>());
        var remedies = measures.ToDictionary(m => m.Id, _ => new List<Link>());
        var explains = causes.ToDictionary(c => c.Id, _ => new List<Link>());

        // The causes' index serves twice (problems to causes, measures to causes): built once, when first needed.
        // Indexes are disposed at the end, which lets the next import on this thread reuse their arrays.
        KeywordIndex? causeIndex = null;
        KeywordIndex? measureIndex = null;
        KeywordIndex CauseIndex() => causeIndex ??= KeywordIndex.Build(causes.Select(CauseText).ToList());
        try
        {
            Link(groups, problems, causes, measures, addresses, remedies, explains, CauseIndex, () => measureIndex ??= KeywordIndex.Build(measures.Select(MeasureText).ToList()), links, cancellationToken);
        }
        finally
        {
            causeIndex?.Dispose();
            measureIndex?.Dispose();
        }

        var sections = document.Sections.Select(section => section switch
        {
            CauseSection c => new CauseSection(c.Heading, c.Causes.Select(x => new Cause(x.Id, x.Title, x.Body, Merge(x.Explains, explains[x.Id]), x.Source)).ToValueList(), c.NumberStyle, c.Intro, c.Closing, c.Source),
            MeasureSection m => new MeasureSection(m.Heading, m.Measures.Select(x => new Measure(x.Id, x.Title, x.Body, x.Items, x.ItemLayout, Merge(x.Addresses, addresses[x.Id]), Merge(x.Remedies, remedies[x.Id]), x.Owners, x.OwningUnit, x.Deadline, x.Standard, x.Source, x.AccountabilityInText, x.ItemNumberStyle)).ToValueList(), m.NumberStyle, m.Intro, m.Closing, m.Source),
            _ => section,
        }).ToValueList();
        return new ReviewDocument(document.Header, document.Preamble, sections, document.Waivers, document.Comments);
    }

    /// <summary>The three kinds of link: measures to problems, causes to problems, measures to causes.</summary>
    private static void Link(
        List<AspectGroup> groups,
        List<Problem> problems,
        List<Cause> causes,
        List<Measure> measures,
        Dictionary<string, List<Link>> addresses,
        Dictionary<string, List<Link>> remedies,
        Dictionary<string, List<Link>> explains,
        System.Func<KeywordIndex> causeIndex,
        System.Func<KeywordIndex> measureIndex,
        List<InferredLink> links,
        CancellationToken cancellationToken)
    {
        if (measures.Count > 0 && problems.Count > 0)
        {
            Match(groups, measures.Select(m => m.Id).ToList(), measureIndex, problems, addresses, InferredLinkKind.Addresses, links, cancellationToken);
        }

        if (causes.Count > 0 && problems.Count > 0)
        {
            Match(groups, causes.Select(c => c.Id).ToList(), causeIndex, problems, explains, InferredLinkKind.Explains, links, cancellationToken);
        }

        if (measures.Count > 0 && causes.Count > 0)
        {
            if (measures.Count == causes.Count)
            {
                for (var i = 0; i < measures.Count; i++)
                {
                    Add(remedies, measures[i].Id, causes[i].Id, InferredLinkKind.Remedies, InferredLinkBasis.SameOrder, 1, links);
                }
            }
            else
            {
                var index = causeIndex();
                foreach (var measure in measures)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (best, score) = index.Best(MeasureText(measure), null);
                    if (best >= 0 && score >= MinimumScore)
                    {
                        Add(remedies, measure.Id, causes[best].Id, InferredLinkKind.Remedies, InferredLinkBasis.SharedKeywords, score, links);
                    }
                }
            }
        }
    }

    private static void Match(List<AspectGroup> groups, List<string> ids, System.Func<KeywordIndex> texts, List<Problem> problems, Dictionary<string, List<Link>> target, InferredLinkKind kind, List<InferredLink> links, CancellationToken cancellationToken)
    {
        if (ids.Count == groups.Count)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                foreach (var problem in groups[i].Problems)
                {
                    Add(target, ids[i], problem.Id, kind, InferredLinkBasis.SameOrder, 1, links);
                }
            }

            return;
        }

        if (ids.Count == problems.Count)
        {
            // One measure (or cause) per problem, in the same order.
            for (var i = 0; i < problems.Count; i++)
            {
                Add(target, ids[i], problems[i].Id, kind, InferredLinkBasis.SameOrder, 1, links);
            }

            return;
        }

        var index = texts();
        var linked = new bool[ids.Count];

        // The problems left unlinked, each with its scores: a run of (element, score) in one flat list, in ascending
        // element order (as the index gives them), so that the fallback below finds a score by binary search.
        var unlinked = new List<(Problem Problem, int Start, int Count)>();
        var unlinkedScores = new List<KeyValuePair<int, double>>();
        var parts = new List<string>();
        foreach (var problem in problems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = unlinkedScores.Count;
            var (best, score) = index.Best(ProblemText(problem, parts), unlinkedScores);
            if (best >= 0 && score >= MinimumScore)
            {
                Add(target, ids[best], problem.Id, kind, InferredLinkBasis.SharedKeywords, score, links);
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
        for (var i = 0; i < ids.Count && (long)ids.Count * unlinked.Count <= MaxFallbackPairs; i++)
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
                Add(target, ids[i], unlinked[bestAt].Problem.Id, kind, InferredLinkBasis.SharedKeywords, bestScore, links);
                unlinked.RemoveAt(bestAt);
            }
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
        foreach (var example in problem.Examples)
        {
            parts.Add(example.Text);
        }

        return parts;
    }

    /// <summary>A measure's words: title, body and items, read as one text.</summary>
    private static IReadOnlyList<string> MeasureText(Measure measure)
    {
        var parts = new List<string>(2 + measure.Items.Count) { measure.Title, measure.Body };
        foreach (var item in measure.Items)
        {
            parts.Add(item.Text);
        }

        return parts;
    }

    private static IReadOnlyList<string> CauseText(Cause cause) => new[] { cause.Title, cause.Body };

    private static void Add(Dictionary<string, List<Link>> target, string fromId, string toId, InferredLinkKind kind, InferredLinkBasis basis, double score, List<InferredLink> links)
    {
        if (!target.TryGetValue(fromId, out var list) || (list.Count > 0 && list[list.Count - 1].TargetId == toId))
        {
            return;
        }

        list.Add(new Link(toId, isInferred: true));
        links.Add(new InferredLink(fromId, kind, toId, basis, score));
    }

    private static ValueList<Link> Merge(ValueList<Link> existing, List<Link> added) =>
        added.Count == 0 ? existing : existing.Concat(added).ToValueList();
}
