namespace ReviewModel.Validation.Rules;

/// <summary>RM0008: when the document analyses causes, every problem is explained by one.</summary>
internal sealed class ProblemWithoutCauseRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.ProblemWithoutCause;

    public void Check(ValidationContext context)
    {
        if (context.Index.Causes.Count == 0)
        {
            return;
        }

        foreach (var (problem, path, _, _) in context.Index.Problems)
        {
            if (!context.Index.TimesExplained.ContainsKey(problem.Id))
            {
                context.Report(Descriptor, new FindingLocation(path, problem.Id, source: problem.Source), problem.Id);
            }
        }
    }
}
