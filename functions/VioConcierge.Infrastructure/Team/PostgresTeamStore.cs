using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Team;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Team;

/// <summary>
/// A tenant's members in <c>users</c>; last activity is the latest request of any of their sessions. Every statement
/// names the tenant (row-level security is the second wall).
/// </summary>
public sealed class PostgresTeamStore : ITeamStore
{
    private const string SelectMember = """
        SELECT u.id, u.full_name, u.email, u.role, u.job_title, u.phone, u.status, u.awaiting_password,
               u.totp_enabled_at IS NOT NULL AS two_factor_enabled, u.last_login_at,
               (SELECT max(s.last_seen_at) FROM sessions s WHERE s.tenant_id = u.tenant_id AND s.user_id = u.id) AS last_active_at, u.created_at, u.version
        FROM users u
        """;

    public async Task<(IReadOnlyList<TeamMemberRow> Items, long Total)> ListAsync(
        IUnitOfWork uow, Guid tenantId, TeamQuery query, int offset, int limit, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, query.Status, query.Role, Q = query.Search, Offset = offset, Limit = limit };
        const string where = """
            WHERE u.tenant_id = @TenantId
              AND (@Role::text IS NULL OR u.role = @Role)
              AND (@Q::text IS NULL OR strpos(lower(u.full_name), lower(@Q)) > 0 OR strpos(lower(u.email), lower(@Q)) > 0)
              AND (@Status::text IS NULL
                   OR (@Status = 'deactivated' AND u.status = 'deactivated')
                   OR (@Status = 'invited' AND u.status = 'active' AND u.awaiting_password AND u.last_login_at IS NULL)
                   OR (@Status = 'active' AND u.status = 'active' AND NOT (u.awaiting_password AND u.last_login_at IS NULL)))
            """;
        var items = await uow.QueryAsync<TeamMemberRow>(
            $"{SelectMember} {where} ORDER BY {SortColumn(query.Sort)} {(query.Descending ? "DESC" : "ASC")} NULLS LAST, u.id OFFSET @Offset LIMIT @Limit",
            args, ct);
        var total = await uow.QuerySingleAsync<long>($"SELECT count(*) FROM users u {where}", args, ct);
        return (items.ToList(), total);
    }

    public Task<TeamOverviewResponse> OverviewAsync(IUnitOfWork uow, Guid tenantId, DateTimeOffset todayFrom, DateTimeOffset weekFrom, string timeZone, CancellationToken ct) =>
        uow.QuerySingleAsync<TeamOverviewResponse>("""
            SELECT count(*)::int AS total,
                   count(*) FILTER (WHERE status = 'active')::int AS active,
                   count(*) FILTER (WHERE status = 'active' AND role = 'client_admin')::int AS admins,
                   count(*) FILTER (WHERE status = 'active' AND role = 'client_user')::int AS staff,
                   count(*) FILTER (WHERE status = 'active' AND awaiting_password AND last_login_at IS NULL)::int AS invited,
                   count(*) FILTER (WHERE status = 'deactivated')::int AS inactive,
                   count(*) FILTER (WHERE last_active >= @TodayFrom)::int AS activetoday,
                   count(*) FILTER (WHERE last_active >= @WeekFrom)::int AS activethisweek,
                   count(*) FILTER (WHERE last_login_at IS NULL)::int AS neversignedin,
                   @TimeZone AS timezone
            FROM (SELECT u.status, u.role, u.awaiting_password, u.last_login_at,
                         greatest(u.last_login_at, (SELECT max(s.last_seen_at) FROM sessions s WHERE s.tenant_id = u.tenant_id AND s.user_id = u.id)) AS last_active
                  FROM users u WHERE u.tenant_id = @TenantId) members
            """, new { TenantId = tenantId, TodayFrom = todayFrom, WeekFrom = weekFrom, TimeZone = timeZone }, ct);

    public Task<TeamMemberRow?> FindAsync(IUnitOfWork uow, Guid tenantId, Guid userId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<TeamMemberRow>($"{SelectMember} WHERE u.tenant_id = @TenantId AND u.id = @UserId",
            new { TenantId = tenantId, UserId = userId }, ct);

    public async Task<IReadOnlyList<Guid>> LockSignInAdminsAsync(IUnitOfWork uow, Guid tenantId, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            SELECT id FROM users
            WHERE tenant_id = @TenantId AND role = 'client_admin' AND status = 'active' AND NOT awaiting_password
            ORDER BY id FOR UPDATE
            """, new { TenantId = tenantId }, ct)).ToList();

    public async Task<bool> UpdateAsync(IUnitOfWork uow, Guid tenantId, Guid userId, int version, string fullName, string? jobTitle, string role, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE users SET full_name = @FullName, job_title = @JobTitle, role = @Role, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @UserId AND version = @Version
            """, new { TenantId = tenantId, UserId = userId, Version = version, FullName = fullName, JobTitle = jobTitle, Role = role, Now = now }, ct) == 1;

    public Task SetStatusAsync(IUnitOfWork uow, Guid tenantId, Guid userId, string status, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE users SET status = @Status, updated_at = @Now, version = version + 1 WHERE tenant_id = @TenantId AND id = @UserId
            """, new { TenantId = tenantId, UserId = userId, Status = status, Now = now }, ct);

    public Task AwaitPasswordAsync(IUnitOfWork uow, Guid tenantId, Guid userId, string unusableHash, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE users SET password_hash = @Hash, awaiting_password = true, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @UserId
            """, new { TenantId = tenantId, UserId = userId, Hash = unusableHash, Now = now }, ct);

    public Task DeleteAsync(IUnitOfWork uow, Guid tenantId, Guid userId, CancellationToken ct) =>
        uow.ExecuteAsync("""
            DELETE FROM user_links WHERE tenant_id = @TenantId AND user_id = @UserId;
            DELETE FROM users WHERE tenant_id = @TenantId AND id = @UserId;
            """, new { TenantId = tenantId, UserId = userId }, ct);

    private static string SortColumn(string sort) => sort switch
    {
        "email" => "lower(u.email)",
        "role" => "u.role",
        "lastLogin" => "u.last_login_at",
        "created" => "u.created_at",
        _ => "lower(u.full_name)",
    };
}
