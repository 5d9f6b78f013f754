using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calendar;

/// <summary>
/// The sync status of an integration from <c>calendar_events</c> (written by the webhook work): "imported" counts the
/// events whose outcome created a contact; "today" starts at midnight in the tenant's time zone. The last event time is
/// the integration's <c>last_event_at</c>, or the latest processed event when that was never set.
/// </summary>
public sealed class PostgresCalendarSyncStatus : ICalendarSyncStatusStore
{
    public const int FailedImportsShown = 20;

    public async Task<CalendarSyncStatus> GetAsync(IUnitOfWork uow, Guid integrationId, DateTimeOffset? lastEventAt, DateTimeOffset now, CancellationToken ct)
    {
        var args = new { uow.TenantId, IntegrationId = integrationId, Now = now, Limit = FailedImportsShown };
        var counts = await uow.QuerySingleAsync<(long Today, long Total, DateTimeOffset? Latest)>("""
            SELECT count(e.id) FILTER (WHERE e.outcome = 'created'
                       AND e.processed_at >= (date_trunc('day', @Now AT TIME ZONE t.timezone) AT TIME ZONE t.timezone)),
                   count(e.id) FILTER (WHERE e.outcome = 'created'),
                   max(e.processed_at)
            FROM tenants t
            LEFT JOIN calendar_events e ON e.tenant_id = t.id AND e.integration_id = @IntegrationId
            WHERE t.id = @TenantId
            GROUP BY t.id
            """, args, ct);
        var failed = await uow.QueryAsync<CalendarFailedImport>("""
            SELECT trigger AS "Trigger", external_id AS "ExternalId", outcome AS "Outcome", reason AS "Reason",
                   occurred_at AS "OccurredAt", processed_at AS "ProcessedAt"
            FROM calendar_events
            WHERE tenant_id = @TenantId AND integration_id = @IntegrationId AND outcome IN ('failed', 'skipped')
            ORDER BY processed_at DESC, id DESC
            LIMIT @Limit
            """, args, ct);
        return new CalendarSyncStatus(lastEventAt ?? counts.Latest, (int)counts.Today, (int)counts.Total, failed.ToList());
    }
}
