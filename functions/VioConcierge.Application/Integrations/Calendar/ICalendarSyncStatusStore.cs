using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// The sync status of an integration from <c>calendar_events</c> (written by the webhook work): "imported" counts the
/// events whose outcome created a contact; "today" starts at midnight in the tenant's time zone. The last event time is
/// the integration's <c>last_event_at</c>, or the latest processed event when that was never set.
/// </summary>
public interface ICalendarSyncStatusStore
{
    Task<CalendarSyncStatus> GetAsync(IUnitOfWork uow, Guid integrationId, DateTimeOffset? lastEventAt, DateTimeOffset now, CancellationToken ct);
}
