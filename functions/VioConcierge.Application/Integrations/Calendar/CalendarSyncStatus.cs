namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// How an integration's bookings are arriving: the last event's time, contacts created from bookings today (in the
/// tenant's time zone) and in all, and the latest failed or skipped bookings with their reason codes.
/// </summary>
public sealed record CalendarSyncStatus(
    DateTimeOffset? LastEventAt, int ImportedToday, int ImportedTotal, IReadOnlyList<CalendarFailedImport> FailedImports)
{
    public static readonly CalendarSyncStatus None = new(null, 0, 0, []);
}
