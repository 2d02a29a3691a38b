namespace ReviewModel.Validation.Rules;

/// <summary>RM0006: every cause explains at least one existing problem.</summary>
internal sealed class CauseWithoutProblemRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.CauseWithoutProblem;

    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Index.Causes.Count; i++)
        {
            var (cause, path) = context.Index.Causes[i];
            if (!context.Index.ExplainsAnyProblem(i))
            {
                context.Report(Descriptor, new FindingLocation(path, cause.Id, source: cause.Source), cause.Id);
            }
        }
    }
}
