namespace ReviewModel.Validation.Rules;

/// <summary>RM0004: every problem is addressed by at least one measure.</summary>
internal sealed class ProblemWithoutMeasureRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.ProblemWithoutMeasure;

    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Index.Problems.Count; i++)
        {
            var (problem, path, _, _) = context.Index.Problems[i];
            if (!context.Index.IsAddressed(i))
            {
                context.Report(Descriptor, new FindingLocation(path, problem.Id, source: problem.Source), problem.Id);
            }
        }
    }
}
