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

        for (var i = 0; i < context.Index.Problems.Count; i++)
        {
            var (problem, path, _, _) = context.Index.Problems[i];
            if (!context.Index.IsExplained(i))
            {
                context.Report(Descriptor, new FindingLocation(path, problem.Id, source: problem.Source), problem.Id);
            }
        }
    }
}
