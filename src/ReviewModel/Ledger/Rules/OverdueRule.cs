using ReviewModel.Text;
using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>RM0020: an open entry is past its deadline.</summary>
internal sealed class OverdueRule : ILedgerRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.LedgerEntryOverdue;

    public void Check(LedgerCheckContext context)
    {
        foreach (var (entry, path) in context.Entries)
        {
            if (entry.IsOverdue(context.Today))
            {
                context.Report(Descriptor, entry, path + ".deadline", entry.Key, -entry.DaysUntilDue(context.Today)!.Value,
                    ChineseText.FormatDate(entry.Deadline!.Date!.Value), entry.Status.Name());
            }
        }
    }
}
