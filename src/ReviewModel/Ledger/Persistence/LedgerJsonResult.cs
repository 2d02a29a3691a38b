using System.Collections.Generic;

namespace ReviewModel.Ledger.Persistence;

/// <summary>A ledger read from JSON, with the properties the reader did not know (reported, not silently dropped).</summary>
public sealed class LedgerJsonResult
{
    internal LedgerJsonResult(RectificationLedger ledger, IReadOnlyList<string> unknownFields)
    {
        Ledger = ledger;
        UnknownFields = unknownFields;
    }

    /// <summary>The ledger.</summary>
    public RectificationLedger Ledger { get; }

    /// <summary>The JSON paths of properties this version does not know (<c>$.entries[2].priority</c>); they are not kept.</summary>
    public IReadOnlyList<string> UnknownFields { get; }
}
