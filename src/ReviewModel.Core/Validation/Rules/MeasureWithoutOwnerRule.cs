namespace ReviewModel.Validation.Rules;

/// <summary>RM0011: every measure names an owner or an owning unit.</summary>
internal sealed class MeasureWithoutOwnerRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MeasureWithoutOwner;

    public void Check(ValidationContext context)
    {
        foreach (var (measure, path) in context.Index.Measures)
        {
            if (measure.Owners.IsEmpty && string.IsNullOrWhiteSpace(measure.OwningUnit))
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }
}
