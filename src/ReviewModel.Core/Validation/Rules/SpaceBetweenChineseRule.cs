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

            TypographyIssue? firstIssue = null;
            var count = 0;
            foreach (var issue in TypographyScanner.Scan(field.Text))
            {
                if (issue.Kind == TypographyIssueKind.SpaceBetweenChinese)
                {
                    firstIssue ??= issue;
                    count++;
                }
            }

            if (firstIssue is { } at)
            {
                context.Report(Descriptor, ValidationContext.At(field, at.Start, at.Length), count);
            }
        });
}
