using ReviewModel.Model;

namespace ReviewModel.Ledger;

/// <summary>
/// A value the ledger does not model, kept so that nothing typed is lost: a column someone added to the
/// workbook (联系人, 督办意见…), by its heading.
/// </summary>
public sealed record LedgerExtraField
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">The column heading.</param>
    /// <param name="value">The text.</param>
    public LedgerExtraField(string name, string value)
    {
        Name = Guard.NotNull(name, nameof(name));
        Value = Guard.NotNull(value, nameof(value));
    }

    /// <summary>The column heading.</summary>
    public string Name { get; }

    /// <summary>The text.</summary>
    public string Value { get; }
}
