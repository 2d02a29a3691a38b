namespace ReviewModel.Validation.Rules;

/// <summary>RM0004: every problem is addressed by at least one measure.</summary>
internal sealed class ProblemWithoutMeasureRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.ProblemWithoutMeasure;

    public void Check(ValidationContext context)
    {
        foreach (var (problem, path, _, _) in context.Index.Problems)
        {
            if (!context.Index.TimesAddressed.ContainsKey(problem.Id))
            {
                context.Report(Descriptor, new FindingLocation(path, problem.Id, source: problem.Source), problem.Id);
            }
        }
    }
}
