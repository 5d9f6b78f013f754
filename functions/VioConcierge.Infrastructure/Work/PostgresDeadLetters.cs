using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Work;

/// <summary>Lists dead-lettered work items and puts one back on the queue with fresh attempts.</summary>
public sealed class PostgresDeadLetters(Database database, WorkSignal signal, TimeProvider time) : IDeadLetters
{
    public async Task<Page<DeadLetter>> ListAsync(string? kind, int limit, Cursor? after, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var args = new { Kind = kind, Limit = limit + 1, AfterTime = after?.Time, AfterId = after?.Id, PlatformTenant = PlatformTenant.Id };
        var rows = (await uow.QueryAsync<DeadLetter>("""
            SELECT id, nullif(tenant_id, @PlatformTenant) AS tenant_id, kind, payload::text AS payload, attempts, last_error, created_at, updated_at AS dead_at
            FROM work_items
            WHERE status = 'dead' AND (@Kind::text IS NULL OR kind = @Kind)
              AND (@AfterTime::timestamptz IS NULL OR (updated_at, id) < (@AfterTime, @AfterId))
            ORDER BY updated_at DESC, id DESC
            LIMIT @Limit
            """, args, ct)).ToList();
        var total = await uow.QuerySingleAsync<long>(
            "SELECT count(*) FROM work_items WHERE status = 'dead' AND (@Kind::text IS NULL OR kind = @Kind)", args, ct);
        var next = rows.Count > limit ? Cursor.From(rows[limit - 1].DeadAt, rows[limit - 1].Id) : null;
        return new Page<DeadLetter>(rows.Take(limit).ToArray(), next?.Encode(), total);
    }

    /// <summary>
    /// Moves a dead item back to pending, due now, with its attempts reset, inside <paramref name="uow"/> (platform
    /// scope). False when it is not dead.
    /// </summary>
    public async Task<(bool Replayed, Guid? TenantId, string? Kind)> ReplayAsync(IUnitOfWork uow, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = (await uow.QueryAsync<(Guid? TenantId, string Kind)>("""
            UPDATE work_items SET status = 'pending', attempts = 0, due_at = @Now, updated_at = @Now
            WHERE id = @Id AND status = 'dead'
            RETURNING nullif(tenant_id, @PlatformTenant), kind
            """, new { Id = id, Now = now, PlatformTenant = PlatformTenant.Id }, ct)).ToList();
        if (rows.Count == 0)
        {
            return (false, null, null);
        }
        uow.OnCommitted(signal.Notify);
        return (true, rows[0].TenantId, rows[0].Kind);
    }
}
