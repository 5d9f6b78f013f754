namespace VioConcierge.Core.Notifications;

/// <summary>Wall-clock times in a tenant's zone as instants, correct across the clock changes.</summary>
public static class LocalTimes
{
    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>
    /// The instant <paramref name="day"/> at <paramref name="time"/> local: a time the clocks skip (spring forward)
    /// moves to the first minute that exists; a time that happens twice (autumn) is its first occurrence.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
