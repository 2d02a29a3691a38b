using ReviewModel.Text;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0007: no placeholder is left in any text; one finding per occurrence, at its position.</summary>
internal sealed class PlaceholderRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.PlaceholderLeft;

    public void Check(ValidationContext context)
    {
        context.Index.VisitTexts((in TextField field) =>
        {
            foreach (var match in PlaceholderScanner.Scan(field.Text))
            {
                context.Report(Descriptor, ValidationContext.At(field, match.Start, match.Length), match.Text);
            }
        });
    }
}
