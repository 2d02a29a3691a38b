using System.Text;
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

            TypographyIssue? firstIssue = null;
            var count = 0;
            StringBuilder? marks = null;
            foreach (var issue in TypographyScanner.Scan(field.Text))
            {
                if (issue.Kind == TypographyIssueKind.SpaceBetweenChinese)
                {
                    continue;
                }

                firstIssue ??= issue;
                count++;
                marks ??= new StringBuilder();
                if (!Contains(marks, issue.Found))
                {
                    marks.Append(issue.Found); // each mark once, in order of first appearance
                }
            }

            if (firstIssue is { } at)
            {
                context.Report(Descriptor, ValidationContext.At(field, at.Start, at.Length), marks!.ToString(), count);
            }
        });

    /// <summary>Whether <paramref name="marks"/> already holds <paramref name="found"/> (marks are short: one or two characters each).</summary>
    private static bool Contains(StringBuilder marks, string found)
    {
        for (var i = 0; i + found.Length <= marks.Length; i++)
        {
            var k = 0;
            while (k < found.Length && marks[i + k] == found[k])
            {
                k++;
            }

            if (k == found.Length)
            {
                return true;
            }
        }

        return false;
    }
}
