using System.Collections.Generic;

namespace ReviewModel.Ledger.Persistence;

/// <summary>
/// A workbook merged into a ledger: the new ledger, how many entries changed, and notices for what was typed but
/// not taken (an edit to a column the material decides, an edit to a view sheet), so that nothing is lost unseen.
/// </summary>
public sealed class LedgerImportResult
{
    internal LedgerImportResult(RectificationLedger ledger, int changedEntries, IReadOnlyList<LedgerCellError> notices)
    {
        Ledger = ledger;
        ChangedEntries = changedEntries;
        Notices = notices;
    }

    /// <summary>The ledger with the workbook's changes.</summary>
    public RectificationLedger Ledger { get; }

    /// <summary>How many entries changed.</summary>
    public int ChangedEntries { get; }

    /// <summary>Cells whose content was not taken, each with the reason.</summary>
    public IReadOnlyList<LedgerCellError> Notices { get; }
}
