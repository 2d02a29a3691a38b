namespace ReviewModel.Validation.Rules;

/// <summary>RM0005: every measure addresses at least one existing problem.</summary>
internal sealed class MeasureWithoutProblemRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MeasureWithoutProblem;

    public void Check(ValidationContext context)
    {
        foreach (var (measure, path) in context.Index.Measures)
        {
            if (!context.Index.ResolvedAddresses.ContainsKey(measure.Id))
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }
}
