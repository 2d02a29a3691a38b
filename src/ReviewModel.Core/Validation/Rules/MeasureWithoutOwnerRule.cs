namespace ReviewModel.Validation.Rules;

/// <summary>RM0011: every measure of a team's material names an owner or an owning unit. An individual's own
/// material is exempt: the writer is the owner of every measure in it, and such materials do not name one.</summary>
internal sealed class MeasureWithoutOwnerRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MeasureWithoutOwner;

    public void Check(ValidationContext context)
    {
        if (context.Document.Header.Subject.Kind == Model.SubjectKind.Individual)
        {
            return;
        }

        foreach (var (measure, path) in context.Index.Measures)
        {
            if (measure.Owners.IsEmpty && string.IsNullOrWhiteSpace(measure.OwningUnit))
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }
}
