using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>The logic of one ledger rule of the catalogue.</summary>
internal interface ILedgerRule
{
    RuleDescriptor Descriptor { get; }

    void Check(LedgerCheckContext context);
}
