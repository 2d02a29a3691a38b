using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>RM0023: the deadline differs from the one set at the meeting.</summary>
internal sealed class DeadlineChangedRule : ILedgerRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.LedgerDeadlineChanged;

    public void Check(LedgerCheckContext context)
    {
        foreach (var (entry, path) in context.Entries)
        {
            if (entry.DeadlineChanged)
            {
                context.Report(Descriptor, entry, path + ".deadline", entry.Key,
                    entry.OriginalDeadline?.ToString() ?? "未明确", entry.Deadline?.ToString() ?? "未明确");
            }
        }
    }
}
