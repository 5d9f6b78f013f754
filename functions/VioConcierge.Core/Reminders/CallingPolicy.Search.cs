namespace VioConcierge.Core.Reminders;

/// <summary>Searches for allowed moments, day by day in the tenant's zone. Results are UTC.</summary>
public sealed partial record CallingPolicy
{
    /// <summary>
    /// How far before the (exclusive) end of a window a moment moved back to that window lands: with 20:00 as the
    /// end, the latest allowed moment is 19:59.
    /// </summary>
    public static readonly TimeSpan EndMargin = TimeSpan.FromMinutes(1);

    /// <summary>The latest allowed moment at or before <paramref name="instant"/> and not before <paramref name="notBefore"/>.</summary>
    public DateTimeOffset? LatestAllowedAtOrBefore(DateTimeOffset instant, DateTimeOffset notBefore)
    {
        if (notBefore > instant || WindowStart >= WindowEnd)
        {
            return null;
        }
        var firstDay = LocalDate(notBefore);
        for (var day = LocalDate(instant); day >= firstDay; day = day.AddDays(-1))
        {
            if (!CheckDay(day).IsAllowed)
            {
                continue;
            }
            var (start, end) = Window(day);
            var low = start > notBefore ? start : notBefore;
            if (low < end && low <= instant)
            {
                var latest = instant < end ? instant : end - EndMargin;
                return (latest > low ? latest : low).ToUniversalTime();
            }
        }
        return null;
    }

    /// <summary>The earliest allowed moment at or after <paramref name="instant"/> and not after <paramref name="notAfter"/>.</summary>
    public DateTimeOffset? EarliestAllowedAtOrAfter(DateTimeOffset instant, DateTimeOffset notAfter)
    {
        if (instant > notAfter || WindowStart >= WindowEnd)
        {
            return null;
        }
        var lastDay = LocalDate(notAfter);
        for (var day = LocalDate(instant); day <= lastDay; day = day.AddDays(1))
        {
            if (!CheckDay(day).IsAllowed)
            {
                continue;
            }
            var (start, end) = Window(day);
            var earliest = start > instant ? start : instant;
            if (earliest > notAfter)
            {
                return null;
            }
            if (earliest < end)
            {
                return earliest.ToUniversalTime();
            }
        }
        return null;
    }
}
