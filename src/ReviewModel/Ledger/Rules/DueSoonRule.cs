using ReviewModel.Text;
using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>RM0021: an open entry is due within the configured window.</summary>
internal sealed class DueSoonRule : ILedgerRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.LedgerEntryDueSoon;

    public void Check(LedgerCheckContext context)
    {
        foreach (var (entry, path) in context.Entries)
        {
            if (entry.IsDueWithin(context.Today, context.Options.DueSoonDays))
            {
                context.Report(Descriptor, entry, path + ".deadline", entry.Key, entry.DaysUntilDue(context.Today)!.Value,
                    ChineseText.FormatDate(entry.Deadline!.Date!.Value), entry.Status.Name());
            }
        }
    }
}
