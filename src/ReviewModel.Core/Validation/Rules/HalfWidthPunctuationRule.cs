using System.Linq;
using ReviewModel.Text.Typography;

namespace ReviewModel.Validation.Rules;

/// <summary>
/// RM0030: half-width <c>, ; : ( )</c> or ASCII quotes in Chinese text (GB/T 15834); one finding per text,
/// at the first mark, naming the marks and how many there are.
/// </summary>
internal sealed class HalfWidthPunctuationRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.HalfWidthPunctuation;

    public void Check(ValidationContext context) =>
        context.Index.VisitTexts((in TextField field) =>
        {
            if (field.IsName)
            {
                return;
            }

            var issues = TypographyScanner.Scan(field.Text).Where(i => i.Kind != TypographyIssueKind.SpaceBetweenChinese).ToList();
            if (issues.Count > 0)
            {
                var marks = string.Concat(issues.Select(i => i.Found).Distinct());
                context.Report(Descriptor, ValidationContext.At(field, issues[0].Start, issues[0].Length), marks, issues.Count);
            }
        });
}
