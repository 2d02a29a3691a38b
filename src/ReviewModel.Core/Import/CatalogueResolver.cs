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
        var groups = document.Sections.OfType<ProblemSection>().SelectMany(s => s.Aspects).Where(g => g.Heading is not null).ToList();
        var catalogue = context.Options.Catalogue ?? Choose(context.Options.CandidateCatalogues, groups, document.Header.Title);
        if (catalogue is null)
        {
            foreach (var group in groups.Where(g => AspectMatcher.LooksLikeAspect(g.Heading!)).Take(1))
            {
                context.Diagnostics.Add(ImportDiagnostic.Of(RuleCatalogue.AspectNotMatched, group.Source, Shorten(group.Heading!), string.Join(", ", context.Options.CandidateCatalogues.Select(c => c.Id))));
            }

            return document;
        }

        var sections = document.Sections.Select(section => section is ProblemSection problems ? Tie(problems, catalogue, context) : section).ToValueList();
        var h = document.Header;
        var header = new DocumentHeader(h.Title, h.Subject, h.MeetingKind, h.IsThematic, h.Theme, h.MeetingDate, h.Notice, catalogue);
        return new ReviewDocument(header, document.Preamble, sections, document.Waivers);
    }

    private static AspectCatalogue? Choose(IReadOnlyList<AspectCatalogue> candidates, List<AspectGroup> groups, string title)
    {
        AspectCatalogue? best = null;
        var bestScore = 0.0;
        var year = YearIn(title);
        foreach (var catalogue in candidates)
        {
            var score = 0.0;
            foreach (var group in groups.Take(64))
            {
                var (_, s) = AspectMatcher.Best(catalogue, group.Heading!);
                if (s >= AspectMatcher.Threshold)
                {
                    score += s;
                }
            }

            if (score > 0 && year is not null && catalogue.Year == year)
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

    private static int? YearIn(string title)
    {
        // Digits may be half- or full-width (２０２４年, 202４年): both are ordinary Chinese text.
        for (var i = 0; i + 4 < title.Length; i++)
        {
            if (Chars.IsDigit(title[i]) && Chars.DigitValue(title[i]) == 2 && Chars.IsDigit(title[i + 1]) && Chars.DigitValue(title[i + 1]) == 0
                && Chars.IsDigit(title[i + 2]) && Chars.IsDigit(title[i + 3]) && title[i + 4] == '年')
            {
                return 2000 + (Chars.DigitValue(title[i + 2]) * 10) + Chars.DigitValue(title[i + 3]);
            }
        }

        return null;
    }

    private static ProblemSection Tie(ProblemSection section, AspectCatalogue catalogue, ImportContext context)
    {
        var groups = new List<AspectGroup>();
        foreach (var group in section.Aspects)
        {
            string? aspectId = null;
            if (group.Heading is not null)
            {
                var (aspect, score) = AspectMatcher.Best(catalogue, group.Heading);
                if (aspect is not null && score >= AspectMatcher.Threshold)
                {
                    aspectId = aspect.Id;
                }
                else if (AspectMatcher.LooksLikeAspect(group.Heading))
                {
                    context.Diagnostics.Add(ImportDiagnostic.Of(RuleCatalogue.AspectNotMatched, group.Source, Shorten(group.Heading), catalogue.Id));
                }
            }

            groups.Add(new AspectGroup(aspectId, group.Heading, group.Problems, group.Layout, group.Intro, group.Closing, group.Source));
        }

        return new ProblemSection(section.Heading, groups.ToValueList(), section.NumberStyle, section.Intro, section.Closing, section.Source);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text.Substring(0, 20) + "…";
}
