using NodaTime;
using ReviewModel.Ledger;

namespace ReviewModel.Tests.Ledger;

/// <summary>A clock stopped at one instant (what NodaTime.Testing's FakeClock does, without the package).</summary>
internal sealed class FixedClock : IClock
{
    private readonly Instant _now;

    public FixedClock(Instant now) => _now = now;

    /// <summary>Noon in Shanghai on <paramref name="date"/>.</summary>
    public static FixedClock On(LocalDate date) => new(date.At(new LocalTime(12, 0)).InZoneStrictly(RectificationLedger.DefaultZone).ToInstant());

    public Instant GetCurrentInstant() => _now;
}
