using System.Collections.Generic;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0002: every aspect of the document's catalogue has at least one problem.</summary>
internal sealed class AspectWithoutProblemRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.AspectWithoutProblem;

    public void Check(ValidationContext context)
    {
        var catalogue = context.Document.Header.Catalogue;
        if (catalogue is null)
        {
            return;
        }

        if (context.Document.Header.IsCatalogueInferred && !EveryHeadingMatches(context))
        {
            return; // a guessed catalogue only counts when every aspect heading of the document is one of its aspects
        }

        var covered = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (group, _) in context.Index.Groups)
        {
            if (group.AspectId is not null && !group.Problems.IsEmpty)
            {
                covered.Add(group.AspectId);
            }
        }

        foreach (var aspect in catalogue.Aspects)
        {
            if (!covered.Contains(aspect.Id))
            {
                context.Report(Descriptor, new FindingLocation("problems", aspect.Id), aspect.ShortTitle ?? aspect.Title);
            }
        }
    }

    private static bool EveryHeadingMatches(ValidationContext context)
    {
        var any = false;
        foreach (var (group, _) in context.Index.Groups)
        {
            if (group.Heading is null && group.AspectId is null)
            {
                continue;
            }

            any = true;
            if (group.AspectId is null)
            {
                return false;
            }
        }

        return any;
    }
}
