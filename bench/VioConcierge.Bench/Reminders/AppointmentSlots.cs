using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Appointment times for the seeded contacts, inside the tenant's calling hours (weekdays that are not bank
/// holidays, 08:00-19:45 London in 15-minute slots) over the next 14 days. Most are more than 25 hours ahead, so
/// their reminder call is planned for later (nothing is due while the plan runs); <see cref="TooLateShare"/> are
/// 60-105 minutes ahead, inside the 2-hour retry cut-off, so their reminder ends <c>too_late</c> without a call.
/// </summary>
public sealed class AppointmentSlots(Random random, DateTimeOffset now, CallingPolicy policy)
{
    public const double TooLateShare = 0.01;
    public const int Days = 14;
    private static readonly TimeSpan PlannedAhead = TimeSpan.FromHours(25);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(TimeZones.Default);

    public DateTimeOffset Next()
    {
        if (random.NextDouble() < TooLateShare)
        {
            return now.AddMinutes(60 + 15 * random.Next(0, 4));
        }
        var today = TimeZoneInfo.ConvertTime(now, London).Date;
        while (true)
        {
            var local = today.AddDays(random.Next(1, Days + 1)).AddHours(8).AddMinutes(15 * random.Next(0, 48));
            var instant = new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
            if (instant >= now + PlannedAhead && policy.IsAllowed(instant))
            {
                return instant;
            }
        }
    }
}
