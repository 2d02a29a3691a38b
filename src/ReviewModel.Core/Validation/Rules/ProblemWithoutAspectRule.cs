namespace ReviewModel.Validation.Rules;

/// <summary>RM0003: every problem sits under an aspect.</summary>
internal sealed class ProblemWithoutAspectRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.ProblemWithoutAspect;

    public void Check(ValidationContext context)
    {
        foreach (var (problem, path, group, _) in context.Index.Problems)
        {
            if (!group.HasAspect)
            {
                context.Report(Descriptor, new FindingLocation(path, problem.Id, source: problem.Source), problem.Id);
            }
        }
    }
}
