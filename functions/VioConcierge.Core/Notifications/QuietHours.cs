namespace VioConcierge.Core.Notifications;

/// <summary>
/// Hours in the tenant's time zone when a user gets no email (seed 003: quiet hours, 22:00 to 08:00 by default). The
/// window may run past midnight; it starts at <see cref="Start"/> and ends before <see cref="End"/>. In-app items are
/// never held back.
/// </summary>
public sealed record QuietHours(bool Enabled, TimeOnly Start, TimeOnly End)
{
    public static readonly QuietHours Default = new(true, new TimeOnly(22, 0), new TimeOnly(8, 0));

    /// <summary>When quiet hours covering <paramref name="now"/> end, or null when an email may go now.</summary>
    public DateTimeOffset? EndAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!Enabled || Start == End)
        {
            return null;
        }
        var local = LocalTimes.Local(now, zone);
        var time = TimeOnly.FromDateTime(local);
        var wraps = Start > End;
        var quiet = wraps ? time >= Start || time < End : time >= Start && time < End;
        if (!quiet)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(local);
        return LocalTimes.Instant(wraps && time >= Start ? today.AddDays(1) : today, End, zone);
    }
}
