using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calls;

/// <summary>
/// Call sessions. A session is created once per idempotency key (reminder id + attempt, or a Call Now request), so
/// recording the intent to dial twice yields the same session and the provider is never asked twice.
/// </summary>
public sealed class PostgresCallSessionStore : ICallSessionStore
{
    /// <summary>
    /// Inserts the session unless its idempotency key exists; returns the stored session either way (a try deferred
    /// before dialling gets a new key from the reminder's next timer, so it is a new session).
    /// </summary>
    public async Task<CallSessionRow> CreateOnceAsync(IUnitOfWork uow, CallSessionRow session, CancellationToken ct)
    {
        var created = await uow.QuerySingleOrDefaultAsync<CallSessionRow>("""
            INSERT INTO call_sessions (tenant_id, id, contact_id, reminder_id, attempt, kind, idempotency_key, status, created_by, created_at, slot_taken_at, updated_at)
            VALUES (@TenantId, @Id, @ContactId, @ReminderId, @Attempt, @Kind, @IdempotencyKey, @Status, @CreatedBy, @CreatedAt, @SlotTakenAt, @UpdatedAt)
            ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
            RETURNING *
            """, session, ct);
        return created ?? (await uow.QuerySingleOrDefaultAsync<CallSessionRow>(
            "SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND idempotency_key = @IdempotencyKey",
            new { session.TenantId, session.IdempotencyKey }, ct))!;
    }

    /// <summary>
    /// <see cref="CreateOnceAsync"/> for many sessions of the transaction's tenant: one insert for all, then one read
    /// of those whose idempotency key already existed. Returns the session of each key.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CallSessionRow>> CreateOnceManyAsync(IUnitOfWork uow, IReadOnlyList<CallSessionRow> sessions, CancellationToken ct)
    {
        var byKey = (await uow.QueryAsync<CallSessionRow>("""
            INSERT INTO call_sessions (tenant_id, id, contact_id, reminder_id, attempt, kind, idempotency_key, status, created_by, created_at, slot_taken_at, updated_at)
            SELECT @TenantId, u.* FROM unnest(@Ids, @ContactIds, @ReminderIds, @Attempts, @Kinds, @Keys, @Statuses, @CreatedBys, @CreatedAts, @SlotTakenAts, @UpdatedAts)
                AS u(id, contact_id, reminder_id, attempt, kind, idempotency_key, status, created_by, created_at, slot_taken_at, updated_at)
            ORDER BY u.idempotency_key
            ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
            RETURNING *
            """, new
        {
            uow.TenantId,
            Ids = sessions.Select(s => s.Id).ToArray(),
            ContactIds = sessions.Select(s => s.ContactId).ToArray(),
            ReminderIds = sessions.Select(s => s.ReminderId).ToArray(),
            Attempts = sessions.Select(s => s.Attempt).ToArray(),
            Kinds = sessions.Select(s => s.Kind).ToArray(),
            Keys = sessions.Select(s => s.IdempotencyKey).ToArray(),
            Statuses = sessions.Select(s => s.Status).ToArray(),
            CreatedBys = sessions.Select(s => s.CreatedBy).ToArray(),
            CreatedAts = sessions.Select(s => s.CreatedAt.ToUniversalTime()).ToArray(),
            SlotTakenAts = sessions.Select(s => s.SlotTakenAt?.ToUniversalTime()).ToArray(),
            UpdatedAts = sessions.Select(s => s.UpdatedAt.ToUniversalTime()).ToArray(),
        }, ct)).ToDictionary(row => row.IdempotencyKey);
        var existing = sessions.Select(s => s.IdempotencyKey).Where(key => !byKey.ContainsKey(key)).ToArray();
        if (existing.Length > 0)
        {
            foreach (var row in await uow.QueryAsync<CallSessionRow>(
                "SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND idempotency_key = ANY(@Keys)", new { uow.TenantId, Keys = existing }, ct))
            {
                byKey[row.IdempotencyKey] = row;
            }
        }
        return byKey;
    }

    public Task<CallSessionRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CallSessionRow>(
            $"SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND id = @Id{(forUpdate ? " FOR UPDATE" : "")}",
            new { uow.TenantId, Id = id }, ct);

    public Task<CallSessionRow?> FindByAttemptAsync(IUnitOfWork uow, Guid reminderId, int attempt, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CallSessionRow>(
            """
            SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND reminder_id = @ReminderId AND attempt = @Attempt
            ORDER BY created_at DESC, id DESC LIMIT 1
            """,
            new { uow.TenantId, ReminderId = reminderId, Attempt = attempt }, ct);

    public Task SaveAsync(IUnitOfWork uow, CallSessionRow session, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE call_sessions SET status = @Status, provider_call_id = @ProviderCallId, outcome = @Outcome, error = @Error,
                slot_taken_at = @SlotTakenAt, placed_at = @PlacedAt, connected_at = @ConnectedAt, ended_at = @EndedAt, updated_at = @UpdatedAt
            WHERE tenant_id = @TenantId AND id = @Id
            """, session, ct);

    public Task<IEnumerable<CallSessionRow>> ForContactAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QueryAsync<CallSessionRow>(
            "SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND contact_id = @ContactId ORDER BY created_at",
            new { uow.TenantId, ContactId = contactId }, ct);

    public async Task<IReadOnlyList<string>> RecentOutcomesAsync(IUnitOfWork uow, int limit, CancellationToken ct) =>
        (await uow.QueryAsync<string>("""
            SELECT outcome FROM call_sessions WHERE tenant_id = @TenantId AND outcome IS NOT NULL
            ORDER BY ended_at DESC LIMIT @Limit
            """, new { uow.TenantId, Limit = limit }, ct)).ToList();

    public Task<(long Manual, bool Recent)> ManualCallHistoryAsync(IUnitOfWork uow, Guid contactId, DateTimeOffset since, CancellationToken ct) =>
        uow.QuerySingleAsync<(long Manual, bool Recent)>("""
            SELECT count(*) FILTER (WHERE kind = 'manual'), coalesce(bool_or(created_at > @Since), false)
            FROM call_sessions WHERE tenant_id = @TenantId AND contact_id = @ContactId
            """, new { uow.TenantId, ContactId = contactId, Since = since }, ct);

    public Task<bool> CalledSinceAsync(IUnitOfWork uow, Guid contactId, DateTimeOffset since, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT EXISTS (SELECT 1 FROM call_sessions WHERE tenant_id = @TenantId AND contact_id = @ContactId AND created_at > @Since)",
            new { uow.TenantId, ContactId = contactId, Since = since }, ct);
}
