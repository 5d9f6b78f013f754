namespace VioConcierge.Core.Notifications;

/// <summary>
/// When a report is switched on or moved to another time, it counts as sent for its latest due moment: the first one
/// goes at its next time, not at once, and a period already reported is not reported again.
/// </summary>
public static class ReportStart
{
    /// <summary>The date the report counts as sent on after a save (<paramref name="sentOn"/> when nothing about it changed).</summary>
    public static DateOnly? SentOnAfterSave(
        (bool On, ReportSchedule Schedule)? before, (bool On, ReportSchedule Schedule) after, DateOnly? sentOn, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!after.On || (before is { On: true } was && was.Schedule == after.Schedule))
        {
            return sentOn;
        }
        var latest = after.Schedule.LatestDue(now, zone);
        return sentOn is { } sent && sent > latest ? sent : latest;
    }
}
