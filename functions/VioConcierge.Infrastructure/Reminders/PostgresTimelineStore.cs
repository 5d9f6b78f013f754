using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

public sealed class PostgresTimelineStore
{
    public Task AppendAsync(UnitOfWork uow, TimelineEntry entry, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO call_timeline (tenant_id, id, contact_id, reminder_id, call_session_id, occurred_at, code, at, attempt)
            VALUES (@TenantId, @Id, @ContactId, @ReminderId, @CallSessionId, @OccurredAt, @Code, @At, @Attempt)
            """, entry, ct);

    public Task<IEnumerable<TimelineEntry>> ForContactAsync(UnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QueryAsync<TimelineEntry>(
            "SELECT * FROM call_timeline WHERE tenant_id = @TenantId AND contact_id = @ContactId ORDER BY occurred_at, id",
            new { uow.TenantId, ContactId = contactId }, ct);
}
