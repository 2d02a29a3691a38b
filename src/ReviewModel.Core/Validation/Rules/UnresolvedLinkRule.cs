namespace ReviewModel.Validation.Rules;

/// <summary>RM0009: every link points at a declared element of the right kind (and every catalogue
/// aspect ID at an aspect of the catalogue).</summary>
internal sealed class UnresolvedLinkRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.UnresolvedLink;

    public void Check(ValidationContext context)
    {
        foreach (var (targetId, path, field, ownerId) in context.Index.UnresolvedLinks)
        {
            context.Report(Descriptor, new FindingLocation(path, ownerId), targetId, field);
        }
    }
}
