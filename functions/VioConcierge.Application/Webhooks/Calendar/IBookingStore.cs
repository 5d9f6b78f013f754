using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;

namespace VioConcierge.Application.Webhooks.Calendar;

/// <summary>
/// What applying a booking reads and writes besides the contact, all in the tenant's transaction: the contact a
/// booking identity is linked to (<c>booking_links</c>), a live contact with the same email or phone, new links, the
/// <c>calendar_events</c> row and the integration's <c>last_event_at</c>.
/// </summary>
public interface IBookingStore
{
    /// <summary>Serialises the bookings of one integration (a reschedule's two halves may be processed at once).</summary>
    Task LockAsync(IUnitOfWork uow, Guid integrationId, CancellationToken ct);

    /// <summary>The live contact linked to any of <paramref name="externalIds"/> (the first one's link preferred).</summary>
    Task<Guid?> FindLinkedAsync(IUnitOfWork uow, string provider, IReadOnlyList<string> externalIds, CancellationToken ct);

    /// <summary>A live contact with this email (stored lower-case), else the newest with this E.164 phone.</summary>
    Task<Guid?> FindMatchAsync(IUnitOfWork uow, string? phone, string? email, CancellationToken ct);

    /// <summary>Links each identity to <paramref name="contactId"/>; an identity already linked keeps its contact.</summary>
    Task LinkAsync(IUnitOfWork uow, string provider, IReadOnlyList<string> externalIds, Guid contactId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records the processed event and moves the integration's last event time forward.</summary>
    Task RecordAsync(IUnitOfWork uow, CalendarEventRecord record, CancellationToken ct);
}
