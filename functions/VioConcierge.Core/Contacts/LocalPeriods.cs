namespace VioConcierge.Core.Contacts;

/// <summary>
/// Calendar periods in a tenant's time zone as UTC instants: today, tomorrow, this week and next week (weeks start
/// on Monday, as in the UK). Correct across the clock changes because each boundary is a local midnight.
/// </summary>
public static class LocalPeriods
{
    public static (DateTimeOffset From, DateTimeOffset To) Day(DateTimeOffset now, TimeZoneInfo zone, int offsetDays = 0)
    {
        var today = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(offsetDays);
        return (Midnight(today, zone), Midnight(today.AddDays(1), zone));
    }

    public static (DateTimeOffset From, DateTimeOffset To) Week(DateTimeOffset now, TimeZoneInfo zone, int offsetWeeks = 0)
    {
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * offsetWeeks);
        return (Midnight(monday, zone), Midnight(monday.AddDays(7), zone));
    }

    public static bool TryResolve(string name, DateTimeOffset now, TimeZoneInfo zone, out (DateTimeOffset From, DateTimeOffset To) period)
    {
        (var ok, period) = name switch
        {
            "today" => (true, Day(now, zone)),
            "tomorrow" => (true, Day(now, zone, 1)),
            "this_week" => (true, Week(now, zone)),
            "next_week" => (true, Week(now, zone, 1)),
            _ => (false, default),
        };
        return ok;
    }

    private static DateTimeOffset Midnight(DateTime localDate, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
