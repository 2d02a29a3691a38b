using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Similarity;

/// <summary>
/// Finds problems that recur year after year (年年提、年年改、年年有): each problem of this year's material is compared
/// with every problem of the earlier materials on normalised character shingles
/// (<see cref="SimilarityOptions.Recurrence"/>: bigrams, so a paraphrase with the same substance still shares most of
/// them), weighted so that the genre's stock phrases — the built-in <see cref="StockPhrases"/> and any shingle found in
/// more than <see cref="SimilarityOptions.StockShare"/> of all the problems compared — count for nothing.
/// Reported as rule RM0024, one finding per problem and earlier material.
/// </summary>
public static class RecurringProblems
{
    /// <summary>Every recurrence, in this year's document order, best match first for each problem and earlier material.</summary>
    /// <param name="current">This year's material.</param>
    /// <param name="previous">Earlier materials.</param>
    /// <param name="options">Options; null for <see cref="SimilarityOptions.Recurrence"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static IReadOnlyList<Recurrence> Find(ReviewDocument current, IReadOnlyList<PreviousMaterial> previous, SimilarityOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        options ??= SimilarityOptions.Recurrence;
        var n = options.ShingleSize;
        var mine = Problems(current, n);
        var earlier = previous.Select(p => (p.Label, Problems: Problems(p.Document, n))).ToList();

        // Document frequency over every problem compared: a shingle in many problems is a stock phrase.
        var frequency = new Dictionary<ulong, int>();
        var total = 0;
        foreach (var problem in mine.Concat(earlier.SelectMany(e => e.Problems)))
        {
            total++;
            foreach (var s in problem.Set)
            {
                frequency[s] = frequency.TryGetValue(s, out var c) ? c + 1 : 1;
            }
        }

        var stock = StockPhrases.Shingles(StockPhrases.Default, n);
        var stockTexts = new HashSet<string>(StockPhrases.Default.Select(p => Shingles.Of(p, 1).Text));
        bool IsStock(ulong s) => stock.Contains(s) || (frequency.TryGetValue(s, out var c) && c >= SimilarityOptions.MinimumStockCount && c > options.StockShare * total);

        var result = new List<Recurrence>();
        foreach (var problem in mine)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (problem.Shingles.Text.Length < options.MinimumLength)
            {
                continue;
            }

            foreach (var (label, problems) in earlier)
            {
                var best = problems
                    .Where(p => p.Shingles.Text.Length >= options.MinimumLength)
                    .Select(p => (Problem: p, Similarity: PairComparer.Similarity(problem.Set, p.Set, IsStock)))
                    .Where(x => x.Similarity >= options.Threshold)
                    .OrderByDescending(x => x.Similarity)
                    .FirstOrDefault();
                if (best.Problem is not null)
                {
                    result.Add(new Recurrence(problem.Path, problem.Id, problem.Text, label, best.Problem.Path, best.Problem.Id, best.Similarity,
                        PairComparer.SharedPhrases(problem.Shingles, problem.Text, best.Problem.Shingles, stockTexts)));
                }
            }
        }

        return result;
    }

    /// <summary>The recurrences as findings of rule RM0024 at the problems' paths; waivers recorded in <paramref name="current"/> apply.</summary>
    /// <param name="recurrences">What <see cref="Find"/> returned.</param>
    /// <param name="current">This year's material (its waivers), or null.</param>
    /// <param name="options">Language and severities; null for the defaults.</param>
    public static ValidationResult ToFindings(IEnumerable<Recurrence> recurrences, ReviewDocument? current = null, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var rule = RuleCatalogue.RecurringProblem;
        var severity = options.SeverityOf(rule);
        var findings = new List<Finding>();
        if (severity != RuleSeverity.None)
        {
            foreach (var r in recurrences ?? throw new ArgumentNullException(nameof(recurrences)))
            {
                object?[] arguments =
                {
                    r.ProblemId, r.Previous, r.PreviousProblemId, r.Similarity.ToString("0%", CultureInfo.InvariantCulture),
                    r.SharedPhrases.IsEmpty ? "—" : string.Join("、", r.SharedPhrases.Select(p => "“" + p + "”")),
                };
                findings.Add(new Finding(rule, severity, rule.FormatMessage(options.Culture, arguments), new FindingLocation(r.Path, r.ProblemId), arguments, null));
            }
        }

        return new ValidationResult(current is null ? findings : ReviewValidator.ApplyWaivers(current, findings));
    }

    private static List<ProblemShingles> Problems(ReviewDocument document, int n)
    {
        var list = new List<ProblemShingles>();
        foreach (var section in document.Sections.OfType<ProblemSection>())
        {
            for (var a = 0; a < section.Aspects.Count; a++)
            {
                var problems = section.Aspects[a].Problems;
                for (var i = 0; i < problems.Count; i++)
                {
                    var p = problems[i];
                    var text = p.Lead + p.Body + string.Concat(p.Examples.Select(e => e.Text));
                    list.Add(new ProblemShingles(p.Id, $"problems.aspects[{a}].problems[{i}]", text, Shingles.Of(text, n)));
                }
            }
        }

        return list;
    }

    private sealed class ProblemShingles
    {
        public ProblemShingles(string id, string path, string text, Shingles shingles)
        {
            Id = id;
            Path = path;
            Text = text;
            Shingles = shingles;
            Set = shingles.Set();
        }

        public string Id { get; }

        public string Path { get; }

        public string Text { get; }

        public Shingles Shingles { get; }

        public HashSet<ulong> Set { get; }
    }
}
