namespace ReviewModel.Validation.Rules;

/// <summary>RM0005: every measure addresses at least one existing problem.</summary>
internal sealed class MeasureWithoutProblemRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MeasureWithoutProblem;

    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Index.Measures.Count; i++)
        {
            var (measure, path) = context.Index.Measures[i];
            if (!context.Index.AddressesAnyProblem(i))
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }
}
