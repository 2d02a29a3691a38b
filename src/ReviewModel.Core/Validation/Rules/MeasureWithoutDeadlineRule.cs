namespace ReviewModel.Validation.Rules;

/// <summary>RM0012: every measure has a deadline or is marked long-term.</summary>
internal sealed class MeasureWithoutDeadlineRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MeasureWithoutDeadline;

    public void Check(ValidationContext context)
    {
        foreach (var (measure, path) in context.Index.Measures)
        {
            if (measure.Deadline is null)
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }
}
