using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Business;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Tenants;

/// <summary>Tenants. Reads run in the caller's scope, so a tenant-scoped transaction only ever sees its own tenant.</summary>
public sealed class PostgresTenantStore : ITenantStore
{
    private const string SelectTenant = """
        SELECT t.*, (SELECT count(*) FROM users u WHERE u.tenant_id = t.id) AS user_count FROM tenants t
        """;

    public Task<bool> NameExistsAsync(IUnitOfWork uow, string name, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM tenants WHERE lower(name) = lower(@Name) OR lower(trading_name) = lower(@Name))", new { Name = name }, ct);

    public Task InsertAsync(IUnitOfWork uow, TenantRow tenant, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO tenants (id, name, business_type, timezone, status, session_idle_hours, created_at, updated_at)
            VALUES (@Id, @Name, @BusinessType, @Timezone, @Status, @SessionIdleHours, @CreatedAt, @UpdatedAt)
            """, tenant, ct);

    public Task<TenantRow?> FindAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<TenantRow>($"{SelectTenant} WHERE t.id = @Id", new { Id = id }, ct);

    public async Task<Page<TenantRow>> ListAsync(IUnitOfWork uow, string? status, string? search, int limit, Cursor? after, CancellationToken ct)
    {
        var args = new
        {
            Status = status,
            Search = string.IsNullOrWhiteSpace(search) ? null : $"%{EscapeLike(search.Trim())}%",
            Limit = limit + 1,
            AfterTime = after?.Time,
            AfterId = after?.Id,
        };
        const string filter = """
            WHERE (@Status::text IS NULL OR t.status = @Status)
              AND (@Search::text IS NULL OR t.name ILIKE @Search)
            """;
        var rows = (await uow.QueryAsync<TenantRow>($"""
            {SelectTenant} {filter}
              AND (@AfterTime::timestamptz IS NULL OR (t.created_at, t.id) < (@AfterTime, @AfterId))
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT @Limit
            """, args, ct)).ToList();
        var total = await uow.QuerySingleAsync<long>($"SELECT count(*) FROM tenants t {filter}", args, ct);
        var next = rows.Count > limit ? Cursor.From(rows[limit - 1].CreatedAt, rows[limit - 1].Id).Encode() : null;
        return new Page<TenantRow>(rows.Take(limit).ToArray(), next, total);
    }

    /// <summary>Moves the tenant to a new status if it is still at <paramref name="fromStatus"/>; false otherwise.</summary>
    public async Task<bool> UpdateStatusAsync(IUnitOfWork uow, Guid id, string fromStatus, string toStatus, string reason, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE tenants SET status = @ToStatus, status_reason = @Reason, status_changed_at = @Now, updated_at = @Now,
                               version = version + 1
            WHERE id = @Id AND status = @FromStatus
            """, new { Id = id, FromStatus = fromStatus, ToStatus = toStatus, Reason = reason, Now = now }, ct) == 1;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public async Task<bool> PauseIfActiveAsync(IUnitOfWork uow, string reason, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE tenants SET status = 'paused', status_reason = @Reason, status_changed_at = @Now, updated_at = @Now, version = version + 1
            WHERE id = @TenantId AND status = 'active'
            """, new { uow.TenantId, Reason = reason, Now = now }, ct) > 0;

    public Task<(string Timezone, string BusinessType)> ProfileAsync(IUnitOfWork uow, CancellationToken ct) =>
        uow.QuerySingleAsync<(string Timezone, string BusinessType)>(
            "SELECT timezone, business_type FROM tenants WHERE id = @TenantId", new { uow.TenantId }, ct);

    /// <summary>Through <c>tenant_name_in_use</c> (migration 0038), which sees every tenant's names and says only yes or no.</summary>
    public Task<bool> NameUsedElsewhereAsync(IUnitOfWork uow, string name, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT tenant_name_in_use(@Name)", new { Name = name }, ct);

    public Task UpdateProfileAsync(IUnitOfWork uow, BusinessProfile profile, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE tenants SET name = @LegalName, trading_name = @TradingName, business_type = @BusinessType, timezone = @Timezone,
                               session_idle_hours = @SessionIdleTimeoutHours, updated_at = @Now, version = version + 1
            WHERE id = @TenantId
            """, new { uow.TenantId, profile.LegalName, profile.TradingName, profile.BusinessType, profile.Timezone, profile.SessionIdleTimeoutHours, Now = now }, ct);
}
