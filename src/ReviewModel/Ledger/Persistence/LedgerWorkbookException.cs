using System;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Ledger.Persistence;

/// <summary>
/// A filled-in workbook could not be merged into the ledger: every bad cell is listed
/// (<c>整改清单!I7: 未知状态“进行中”</c>) and nothing was changed.
/// </summary>
public sealed class LedgerWorkbookException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The cell errors, at least one.</param>
    public LedgerWorkbookException(IReadOnlyList<LedgerCellError> errors)
        : base(string.Join(Environment.NewLine, (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Every bad cell.</summary>
    public IReadOnlyList<LedgerCellError> Errors { get; }
}
