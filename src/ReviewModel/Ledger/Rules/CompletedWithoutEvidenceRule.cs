using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>RM0022: 已完成 or 已销号 with no evidence in the log.</summary>
internal sealed class CompletedWithoutEvidenceRule : ILedgerRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.LedgerCompletedWithoutEvidence;

    public void Check(LedgerCheckContext context)
    {
        foreach (var (entry, path) in context.Entries)
        {
            if (entry.Status is RectificationStatus.Completed or RectificationStatus.Closed && !entry.HasEvidence)
            {
                context.Report(Descriptor, entry, path + ".status", entry.Key, entry.Status.Name());
            }
        }
    }
}
