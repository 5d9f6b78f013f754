using System.Text.Json;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Audit;

/// <summary>
/// The append-only audit log. Entries are written in the caller's transaction, so an entry exists exactly when the
/// change it records committed. A database trigger refuses updates and deletes. A platform entry (no tenant) is stored
/// under <see cref="PlatformTenant.Id"/> and read back without a tenant.
/// </summary>
public sealed class PostgresAuditLog(TimeProvider time) : IAuditLog
{
    public Task AppendAsync(IUnitOfWork uow, AuditEntry entry, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO audit_log (tenant_id, id, occurred_at, actor_user_id, actor_role, action, target_type, target_id, changes, client_ip, actor_name)
            VALUES (coalesce(@TenantId, @PlatformTenant), @Id, @OccurredAt, @ActorUserId, @ActorRole, @Action, @TargetType, @TargetId, CAST(@Changes AS jsonb), @ClientIp,
                    (SELECT full_name FROM users WHERE id = @ActorUserId))
            """,
            new
            {
                entry.TenantId,
                PlatformTenant = PlatformTenant.Id,
                Id = Ids.New(time),
                OccurredAt = time.GetUtcNow(),
                entry.ActorUserId,
                entry.ActorRole,
                entry.Action,
                entry.TargetType,
                entry.TargetId,
                Changes = entry.Changes is { Count: > 0 } changes ? JsonSerializer.Serialize(Redacted(changes), JsonSerializerOptions.Web) : null,
                entry.ClientIp,
            }, ct);

    /// <summary>
    /// Appends many entries in one statement (bulk actions). They must share tenant, actor and client IP; action,
    /// target and changes vary per entry.
    /// </summary>
    public Task AppendManyAsync(IUnitOfWork uow, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }
        var first = entries[0];
        if (entries.Any(e => e.TenantId != first.TenantId || e.ActorUserId != first.ActorUserId || e.ClientIp != first.ClientIp))
        {
            throw new ArgumentException("Bulk audit entries must share tenant, actor and client IP.", nameof(entries));
        }
        var now = time.GetUtcNow();
        return uow.ExecuteAsync("""
            INSERT INTO audit_log (tenant_id, id, occurred_at, actor_user_id, actor_role, action, target_type, target_id, changes, client_ip, actor_name)
            SELECT coalesce(@TenantId, @PlatformTenant), e.id, @Now, @ActorUserId, @ActorRole, e.action, e.target_type, e.target_id, e.changes::jsonb, @ClientIp,
                   (SELECT full_name FROM users WHERE id = @ActorUserId)
            FROM unnest(@Ids, @Actions, @TargetTypes, @TargetIds, @Changes) AS e (id, action, target_type, target_id, changes)
            """,
            new
            {
                first.TenantId,
                PlatformTenant = PlatformTenant.Id,
                Now = now,
                first.ActorUserId,
                first.ActorRole,
                first.ClientIp,
                Ids = entries.Select(_ => Ids.New(time)).ToArray(),
                Actions = entries.Select(e => e.Action).ToArray(),
                TargetTypes = entries.Select(e => e.TargetType).ToArray(),
                TargetIds = entries.Select(e => e.TargetId).ToArray(),
                Changes = entries.Select(e => e.Changes is { Count: > 0 } changes ? JsonSerializer.Serialize(Redacted(changes), JsonSerializerOptions.Web) : null).ToArray(),
            }, ct);
    }

    public async Task<Page<AuditRecord>> ListAsync(IUnitOfWork uow, AuditFilter filter, int limit, Cursor? after, CancellationToken ct)
    {
        var args = new
        {
            filter.TenantId,
            PlatformTenant = PlatformTenant.Id,
            filter.ActorUserId,
            filter.Action,
            filter.TargetType,
            filter.TargetId,
            filter.From,
            filter.To,
            Limit = limit + 1,
            AfterTime = after?.Time,
            AfterId = after?.Id,
        };
        const string where = """
            WHERE (@TenantId::uuid IS NULL OR tenant_id = @TenantId)
              AND (@ActorUserId::uuid IS NULL OR actor_user_id = @ActorUserId)
              AND (@Action::text IS NULL OR action = @Action)
              AND (@TargetType::text IS NULL OR target_type = @TargetType)
              AND (@TargetId::text IS NULL OR target_id = @TargetId)
              AND (@From::timestamptz IS NULL OR occurred_at >= @From)
              AND (@To::timestamptz IS NULL OR occurred_at < @To)
            """;
        var rows = (await uow.QueryAsync<AuditRecord>($"""
            SELECT nullif(tenant_id, @PlatformTenant) AS tenant_id, id, occurred_at, actor_user_id, actor_name, actor_role, action, target_type, target_id,
                   changes::text AS changes, client_ip
            FROM audit_log {where}
              AND (@AfterTime::timestamptz IS NULL OR (occurred_at, id) < (@AfterTime, @AfterId))
            ORDER BY occurred_at DESC, id DESC
            LIMIT @Limit
            """, args, ct)).ToList();
        var total = await uow.QuerySingleAsync<long>($"SELECT count(*) FROM audit_log {where}", args, ct);
        var next = rows.Count > limit ? Cursor.From(rows[limit - 1].OccurredAt, rows[limit - 1].Id).Encode() : null;
        return new Page<AuditRecord>(rows.Take(limit).ToArray(), next, total);
    }

    private static Dictionary<string, FieldChange> Redacted(IReadOnlyDictionary<string, FieldChange> changes) =>
        changes.Where(pair => !AuditChanges.IsSecretField(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
}
