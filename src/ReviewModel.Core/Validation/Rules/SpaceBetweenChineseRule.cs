using System.Linq;
using ReviewModel.Text.Typography;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0032: a space between two Chinese characters; one finding per text, at the first space, with the count.</summary>
internal sealed class SpaceBetweenChineseRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.SpaceBetweenChinese;

    public void Check(ValidationContext context) =>
        context.Index.VisitTexts((in TextField field) =>
        {
            if (field.IsName)
            {
                return;
            }

            var issues = TypographyScanner.Scan(field.Text).Where(i => i.Kind == TypographyIssueKind.SpaceBetweenChinese).ToList();
            if (issues.Count > 0)
            {
                context.Report(Descriptor, ValidationContext.At(field, issues[0].Start, issues[0].Length), issues.Count);
            }
        });
}
