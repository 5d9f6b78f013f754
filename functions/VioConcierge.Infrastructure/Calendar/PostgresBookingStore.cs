using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calendar;

/// <summary>
/// What applying a booking reads and writes besides the contact, all in the tenant's transaction: the contact a
/// booking identity is linked to (<c>booking_links</c>), a live contact with the same email or phone, new links, the
/// <c>calendar_events</c> row and the integration's <c>last_event_at</c>.
/// </summary>
public sealed class PostgresBookingStore : IBookingStore
{
    /// <summary>Serialises the bookings of one integration (a reschedule's two halves may be processed at once).</summary>
    public Task LockAsync(IUnitOfWork uow, Guid integrationId, CancellationToken ct) =>
        uow.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@Key, 0))", new { Key = $"calendar:{integrationId}" }, ct);

    /// <summary>The live contact linked to any of <paramref name="externalIds"/> (the first one's link preferred).</summary>
    public async Task<Guid?> FindLinkedAsync(IUnitOfWork uow, string provider, IReadOnlyList<string> externalIds, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            SELECT l.contact_id FROM booking_links l
            JOIN contacts c ON c.tenant_id = l.tenant_id AND c.id = l.contact_id AND c.deleted_at IS NULL
            WHERE l.tenant_id = @TenantId AND l.provider = @Provider AND l.external_id = ANY(@Ids)
            ORDER BY array_position(@Ids, l.external_id)
            LIMIT 1
            """, new { uow.TenantId, Provider = provider, Ids = externalIds.ToArray() }, ct)).Select(id => (Guid?)id).FirstOrDefault();

    /// <summary>A live contact with this email (stored lower-case), else the newest with this E.164 phone.</summary>
    public async Task<Guid?> FindMatchAsync(IUnitOfWork uow, string? phone, string? email, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            SELECT id FROM contacts
            WHERE tenant_id = @TenantId AND deleted_at IS NULL AND ((@Email::text IS NOT NULL AND email = @Email) OR (@Phone::text IS NOT NULL AND phone = @Phone))
            ORDER BY (email IS NOT DISTINCT FROM @Email) DESC, created_at DESC
            LIMIT 1
            """, new { uow.TenantId, Phone = phone, Email = email }, ct)).Select(id => (Guid?)id).FirstOrDefault();

    /// <summary>Links each identity to <paramref name="contactId"/>; an identity already linked keeps its contact.</summary>
    public Task LinkAsync(IUnitOfWork uow, string provider, IReadOnlyList<string> externalIds, Guid contactId, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO booking_links (tenant_id, provider, external_id, contact_id, created_at)
            SELECT @TenantId, @Provider, external_id, @ContactId, @Now FROM unnest(@Ids) AS external_id
            ON CONFLICT DO NOTHING
            """, new { uow.TenantId, Provider = provider, Ids = externalIds.ToArray(), ContactId = contactId, Now = now }, ct);

    /// <summary>Records the processed event and moves the integration's last event time forward.</summary>
    public async Task RecordAsync(IUnitOfWork uow, CalendarEventRecord record, CancellationToken ct)
    {
        await uow.ExecuteAsync("""
            INSERT INTO calendar_events (id, tenant_id, integration_id, provider, trigger, external_id, outcome, reason, contact_id, occurred_at, processed_at)
            VALUES (@Id, @TenantId, @IntegrationId, @Provider, @Trigger, @ExternalId, @Outcome, @Reason, @ContactId, @OccurredAt, @ProcessedAt)
            """, new
        {
            record.Id,
            uow.TenantId,
            record.IntegrationId,
            record.Provider,
            record.Trigger,
            record.ExternalId,
            record.Outcome,
            record.Reason,
            record.ContactId,
            record.OccurredAt,
            record.ProcessedAt,
        }, ct);
        await uow.ExecuteAsync("""
            UPDATE calendar_integrations SET last_event_at = greatest(last_event_at, @At)
            WHERE tenant_id = @TenantId AND id = @IntegrationId
            """, new { uow.TenantId, record.IntegrationId, At = record.ProcessedAt }, ct);
    }
}
