using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Chooses the aspect catalogue (the one given, or the candidate whose aspects the headings match best,
/// with the year in the title breaking ties) and ties each aspect group to its catalogue aspect.
/// </summary>
internal static class CatalogueResolver
{
    public static ReviewDocument Resolve(ReviewDocument document, ImportContext context)
    {
        var groups = new List<AspectGroup>();
        for (var s = 0; s < document.Sections.Count; s++)
        {
            if (document.Sections[s] is ProblemSection problems)
            {
                for (var g = 0; g < problems.Aspects.Count; g++)
                {
                    if (problems.Aspects[g].Heading is not null)
                    {
                        groups.Add(problems.Aspects[g]);
                    }
                }
            }
        }

        var inferred = context.Options.Catalogue is null;

        // Each heading is normalised once per import (the sections stage matched the same headings), for choosing the
        // catalogue and for tying its group.
        Func<string, AspectMatcher.Key> keyOf = context.AspectKey;

        var catalogue = context.Options.Catalogue ?? Choose(context.Options.CandidateCatalogues, groups, document.Header.Title, keyOf);
        if (catalogue is null)
        {
            foreach (var group in groups.Where(g => AspectMatcher.LooksLikeAspect(g.Heading!)).Take(1))
            {
                context.Diagnostics.Add(ImportDiagnostic.Of(RuleCatalogue.AspectNotMatched, group.Source, Shorten(group.Heading!), string.Join(", ", context.Options.CandidateCatalogues.Select(c => c.Id))));
            }

            return document;
        }

        var sections = document.Sections.Select(section => section is ProblemSection problems ? Tie(problems, catalogue, context, keyOf) : section).ToValueList();
        var h = document.Header;
        var header = new DocumentHeader(h.Title, h.Subject, h.MeetingKind, h.IsThematic, h.Theme, h.MeetingDate, h.Notice, catalogue, inferred, h.PreparationInOpening);
        return new ReviewDocument(header, document.Preamble, sections, document.Waivers, document.Comments);
    }

    /// <summary>
    /// Guesses the catalogue from the aspect headings: only a catalogue that more than half of the headings
    /// match (<see cref="MinimumMatchedShare"/>) and whose year does not contradict the title's year; the one
    /// named in the title (its meeting) or of the title's year wins ties. Nothing is guessed from a minority of headings.
    /// </summary>
    private static AspectCatalogue? Choose(IReadOnlyList<AspectCatalogue> candidates, List<AspectGroup> groups, string title, Func<string, AspectMatcher.Key> keyOf)
    {
        AspectCatalogue? best = null;
        var bestScore = 0.0;
        var year = YearReader.First(title); // digits may be half- or full-width, with the spaces of a PDF before 年
        var headed = new List<AspectMatcher.Key>(Math.Min(groups.Count, MaxHeadingsWeighed));
        for (var g = 0; g < groups.Count && g < MaxHeadingsWeighed; g++)
        {
            headed.Add(keyOf(groups[g].Heading!));
        }

        if (headed.Count == 0)
        {
            return null;
        }

        foreach (var catalogue in candidates)
        {
            if (year is not null && catalogue.Year is not null && catalogue.Year != year)
            {
                continue; // a 2022 material does not get the 2019 or 2023 list
            }

            var score = 0.0;
            var matched = 0;
            var needed = headed.Count * MinimumMatchedShare; // matched must end above this
            for (var h = 0; h < headed.Count; h++)
            {
                if (matched + (headed.Count - h) <= needed)
                {
                    break; // even if every heading left matched, too few would: the catalogue is out
                }

                var (_, s) = AspectMatcher.Best(catalogue, headed[h]);
                if (s >= AspectMatcher.Threshold)
                {
                    score += s;
                    matched++;
                }
            }

            if (matched <= needed)
            {
                continue;
            }

            if (year is not null && catalogue.Year == year)
            {
                score += 0.5;
            }

            if (NamedInTitle(catalogue, title))
            {
                score += 0.5;
            }

            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = catalogue;
            }
        }

        return best;
    }

    /// <summary>How many aspect headings (the first ones) a guessed catalogue is weighed on.</summary>
    private const int MaxHeadingsWeighed = 1 << 6;

    /// <summary>The share of aspect headings a guessed catalogue must match, strictly more than.</summary>
    private const double MinimumMatchedShare = ImportThresholds.CatalogueMatchedShare;

    /// <summary>Whether the title names the catalogue's meeting (党史学习教育, 主题教育, 不忘初心).</summary>
    private static bool NamedInTitle(AspectCatalogue catalogue, string title)
    {
        foreach (var theme in Themes)
        {
            if (title.IndexOf(theme, StringComparison.Ordinal) >= 0 && catalogue.Meeting.IndexOf(theme, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The meetings a title may name.</summary>
    private static readonly string[] Themes = { "党史学习教育", "不忘初心", "主题教育" };

    private static ProblemSection Tie(ProblemSection section, AspectCatalogue catalogue, ImportContext context, Func<string, AspectMatcher.Key> keyOf)
    {
        var groups = new List<AspectGroup>();
        foreach (var group in section.Aspects)
        {
            string? aspectId = null;
            if (group.Heading is not null)
            {
                var (aspect, score) = AspectMatcher.Best(catalogue, keyOf(group.Heading));
                if (aspect is not null && score >= AspectMatcher.Threshold)
                {
                    aspectId = aspect.Id;
                }
                else if (AspectMatcher.LooksLikeAspect(group.Heading))
                {
                    context.Diagnostics.Add(ImportDiagnostic.Of(RuleCatalogue.AspectNotMatched, group.Source, Shorten(group.Heading), catalogue.Id));
                }
            }

            groups.Add(new AspectGroup(aspectId, group.Heading, group.Problems, group.Layout, group.Intro, group.Closing, group.Source, group.ItemNumberStyle));
        }

        return new ProblemSection(section.Heading, groups.ToValueList(), section.NumberStyle, section.Intro, section.Closing, section.Source);
    }

    private static string Shorten(string text) => text.Length <= ImportThresholds.ExcerptLength ? text : text.Substring(0, ImportThresholds.ExcerptLength) + "…";
}
