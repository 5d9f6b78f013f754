using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// The system clock shifted by a constant, so the run happens on a Tuesday at 10:00 London (inside calling hours,
/// whatever the real hour or day of the bench). Time flows and timers fire in real time; only the wall-clock
/// reading is moved.
/// </summary>
public sealed class BenchClock : TimeProvider
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(TimeZones.Default);

    private readonly TimeSpan _offset;

    private BenchClock(DateTimeOffset start, TimeSpan offset) => (Start, _offset) = (start, offset);

    /// <summary>The bench's "now" when the clock was made.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>
    /// A clock that reads the next Tuesday 10:00 London after <paramref name="realNow"/> (skipping a Tuesday that
    /// <paramref name="policy"/> does not allow, e.g. a bank holiday) and runs on from there.
    /// </summary>
    public static BenchClock NextTuesdayMorning(DateTimeOffset realNow, CallingPolicy policy)
    {
        var day = TimeZoneInfo.ConvertTime(realNow, London).Date.AddDays(1);
        while (true)
        {
            var local = day.AddHours(10);
            var start = new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
            if (day.DayOfWeek == DayOfWeek.Tuesday && policy.IsAllowed(start) && policy.IsAllowed(start.AddHours(2)))
            {
                return new BenchClock(start, start - realNow);
            }
            day = day.AddDays(1);
        }
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
