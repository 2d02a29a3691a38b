namespace ReviewModel.Ledger.Persistence;

/// <summary>A problem with one cell of a ledger workbook: <c>整改清单!I7: 未知状态“进行中”</c>.</summary>
public sealed record LedgerCellError
{
    /// <summary>Creates the error.</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="cell">The cell reference (<c>I7</c>), or a row or column when the whole of it is meant.</param>
    /// <param name="message">What is wrong.</param>
    public LedgerCellError(string sheet, string cell, string message)
    {
        Sheet = sheet;
        Cell = cell;
        Message = message;
    }

    /// <summary>The sheet name.</summary>
    public string Sheet { get; }

    /// <summary>The cell reference.</summary>
    public string Cell { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Sheet}!{Cell}: {Message}";
}
