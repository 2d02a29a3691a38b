namespace ReviewModel.Validation.Rules;

/// <summary>RM0006: every cause explains at least one existing problem.</summary>
internal sealed class CauseWithoutProblemRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.CauseWithoutProblem;

    public void Check(ValidationContext context)
    {
        foreach (var (cause, path) in context.Index.Causes)
        {
            if (!context.Index.ResolvedExplains.ContainsKey(cause.Id))
            {
                context.Report(Descriptor, new FindingLocation(path, cause.Id, source: cause.Source), cause.Id);
            }
        }
    }
}
