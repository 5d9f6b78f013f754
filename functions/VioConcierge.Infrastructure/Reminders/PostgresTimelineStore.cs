using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

public sealed class PostgresTimelineStore : ITimelineStore
{
    public Task AppendAsync(IUnitOfWork uow, TimelineEntry entry, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO call_timeline (tenant_id, id, contact_id, reminder_id, call_session_id, occurred_at, code, at, attempt)
            VALUES (@TenantId, @Id, @ContactId, @ReminderId, @CallSessionId, @OccurredAt, @Code, @At, @Attempt)
            """, entry, ct);

    public Task AppendManyAsync(IUnitOfWork uow, IReadOnlyList<TimelineEntry> entries, CancellationToken ct) =>
        entries.Count == 0
            ? Task.CompletedTask
            : uow.ExecuteAsync("""
                INSERT INTO call_timeline (tenant_id, id, contact_id, reminder_id, call_session_id, occurred_at, code, at, attempt)
                SELECT @TenantId, u.* FROM unnest(@Ids, @ContactIds, @ReminderIds, @CallSessionIds, @OccurredAts, @Codes, @Ats, @Attempts)
                    AS u(id, contact_id, reminder_id, call_session_id, occurred_at, code, at, attempt)
                """, new
            {
                uow.TenantId,
                Ids = entries.Select(e => e.Id).ToArray(),
                ContactIds = entries.Select(e => e.ContactId).ToArray(),
                ReminderIds = entries.Select(e => e.ReminderId).ToArray(),
                CallSessionIds = entries.Select(e => e.CallSessionId).ToArray(),
                OccurredAts = entries.Select(e => e.OccurredAt.ToUniversalTime()).ToArray(),
                Codes = entries.Select(e => e.Code).ToArray(),
                Ats = entries.Select(e => e.At?.ToUniversalTime()).ToArray(),
                Attempts = entries.Select(e => e.Attempt).ToArray(),
            }, ct);

    public Task<IEnumerable<TimelineEntry>> ForContactAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QueryAsync<TimelineEntry>(
            "SELECT * FROM call_timeline WHERE tenant_id = @TenantId AND contact_id = @ContactId ORDER BY occurred_at, seq",
            new { uow.TenantId, ContactId = contactId }, ct);
}
