namespace ReviewModel.Validation.Rules;

/// <summary>RM0010: no ID is declared twice; reported at every declaration after the first.</summary>
internal sealed class DuplicateIdRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.DuplicateId;

    public void Check(ValidationContext context)
    {
        foreach (var (id, path, firstPath) in context.Index.Duplicates)
        {
            context.Report(Descriptor, new FindingLocation(path, id), id, firstPath);
        }
    }
}
