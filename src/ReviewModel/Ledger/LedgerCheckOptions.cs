using System;
using NodaTime;
using ReviewModel.Validation;

namespace ReviewModel.Ledger;

/// <summary>
/// How to check a ledger: the validator's options (language, severities), the due-soon window for RM0021 and
/// the time zone that turns the clock's instant into today's date. Immutable; derive with the <c>With…</c> methods.
/// </summary>
public sealed class LedgerCheckOptions
{
    private LedgerCheckOptions(ValidationOptions validation, int dueSoonDays, DateTimeZone zone)
    {
        Validation = validation;
        DueSoonDays = dueSoonDays;
        Zone = zone;
    }

    /// <summary>The defaults: <see cref="ValidationOptions.Default"/>, 14 days, Asia/Shanghai.</summary>
    public static LedgerCheckOptions Default { get; } = new(ValidationOptions.Default, 14, RectificationLedger.DefaultZone);

    /// <summary>Language and severities, as for documents.</summary>
    public ValidationOptions Validation { get; }

    /// <summary>RM0021 reports open entries due within this many days (today counts as 0).</summary>
    public int DueSoonDays { get; }

    /// <summary>The time zone of "today".</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Options with other validation options.</summary>
    /// <param name="validation">The options.</param>
    public LedgerCheckOptions WithValidation(ValidationOptions validation) =>
        new(validation ?? throw new ArgumentNullException(nameof(validation)), DueSoonDays, Zone);

    /// <summary>Options with another due-soon window.</summary>
    /// <param name="days">Days, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public LedgerCheckOptions WithDueSoonDays(int days) =>
        days < 0 ? throw new ArgumentOutOfRangeException(nameof(days), days, "天数不能为负 (days must not be negative).") : new(Validation, days, Zone);

    /// <summary>Options with another time zone.</summary>
    /// <param name="zone">The zone.</param>
    public LedgerCheckOptions WithZone(DateTimeZone zone) => new(Validation, DueSoonDays, zone ?? throw new ArgumentNullException(nameof(zone)));
}
