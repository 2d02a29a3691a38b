using ReviewModel.Text;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0013: no measure is due before the meeting.</summary>
internal sealed class DeadlineBeforeMeetingRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.DeadlineBeforeMeeting;

    public void Check(ValidationContext context)
    {
        if (context.Document.Header.MeetingDate is not { } meeting)
        {
            return;
        }

        foreach (var (measure, path) in context.Index.Measures)
        {
            if (measure.Deadline?.Date is { } due && due < meeting)
            {
                context.Report(
                    Descriptor,
                    new FindingLocation(path + ".deadline", measure.Id, source: measure.Source),
                    measure.Id,
                    ChineseText.FormatDate(due),
                    ChineseText.FormatDate(meeting));
            }
        }
    }
}
