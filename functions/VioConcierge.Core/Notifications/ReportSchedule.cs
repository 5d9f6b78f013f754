namespace VioConcierge.Core.Notifications;

/// <summary>
/// When a user's daily summary or weekly report is due, in the tenant's time zone: every day (or every
/// <see cref="Day"/>) at <see cref="At"/>. A report covers the whole local days before the day it is sent on: the
/// daily summary the day before, the weekly report the seven days before.
/// </summary>
public sealed record ReportSchedule(TimeOnly At, DayOfWeek? Day = null)
{
    public int PeriodDays => Day is null ? 1 : 7;

    /// <summary>The local date of the latest moment the report was due at or before <paramref name="now"/>.</summary>
    public DateOnly LatestDue(DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(LocalTimes.Local(now, zone));
        for (var i = 0; i < 8; i++, day = day.AddDays(-1))
        {
            if ((Day is null || day.DayOfWeek == Day) && LocalTimes.Instant(day, At, zone) <= now)
            {
                return day;
            }
        }
        throw new InvalidOperationException("A weekly schedule is due within eight days.");
    }

    /// <summary>The local days a report sent on <paramref name="sentOn"/> covers: [From, To).</summary>
    public (DateOnly From, DateOnly To) Period(DateOnly sentOn) => (sentOn.AddDays(-PeriodDays), sentOn);
}
