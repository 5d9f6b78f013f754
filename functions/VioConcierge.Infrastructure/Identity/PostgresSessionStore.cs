using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>
/// Sign-in sessions: creation, refresh-token rotation, per-request checks and revocation. A super admin's sessions are
/// stored under <see cref="PlatformTenant.Id"/> and read back without a tenant.
/// </summary>
public sealed class PostgresSessionStore : ISessionStore
{
    private static readonly string SelectSession = $"""
        SELECT id, nullif(tenant_id, '{PlatformTenant.Id}') AS tenant_id, user_id, refresh_token_hash, two_factor_verified,
               idle_timeout_minutes, created_at, last_seen_at, expires_at, revoked_at, revoked_reason, client_ip, user_agent
        FROM sessions
        """;

    public Task InsertAsync(IUnitOfWork uow, SessionRow session, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO sessions (tenant_id, id, user_id, refresh_token_hash, two_factor_verified, idle_timeout_minutes,
                                  created_at, last_seen_at, expires_at, client_ip, user_agent)
            VALUES (coalesce(@TenantId, @PlatformTenant), @Id, @UserId, @RefreshTokenHash, @TwoFactorVerified, @IdleTimeoutMinutes,
                    @CreatedAt, @LastSeenAt, @ExpiresAt, @ClientIp, @UserAgent)
            """,
            new
            {
                session.TenantId, session.Id, session.UserId, session.RefreshTokenHash, session.TwoFactorVerified,
                session.IdleTimeoutMinutes, session.CreatedAt, session.LastSeenAt, session.ExpiresAt, session.ClientIp,
                session.UserAgent, PlatformTenant = PlatformTenant.Id,
            }, ct);

    /// <summary>The session whose current refresh token has this hash, locked for rotation.</summary>
    public Task<SessionRow?> FindByRefreshHashForUpdateAsync(IUnitOfWork uow, byte[] hash, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<SessionRow>(
            $"{SelectSession} WHERE refresh_token_hash = @Hash FOR UPDATE", new { Hash = hash }, ct);

    /// <summary>The session whose previous (already rotated) refresh token has this hash: a sign of token theft.</summary>
    public Task<SessionRow?> FindByPreviousHashAsync(IUnitOfWork uow, byte[] hash, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<SessionRow>(
            $"{SelectSession} WHERE previous_token_hash = @Hash", new { Hash = hash }, ct);

    public Task<SessionCheck?> FindForCheckAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<SessionCheck>($"""
            SELECT s.id, s.user_id, nullif(s.tenant_id, '{PlatformTenant.Id}') AS tenant_id, s.two_factor_verified, s.last_seen_at, s.idle_timeout_minutes, s.expires_at,
                   s.revoked_at, u.role AS user_role, u.status AS user_status, t.status AS tenant_status
            FROM sessions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id LEFT JOIN tenants t ON t.id = u.tenant_ref
            WHERE s.id = @Id
            """, new { Id = id }, ct);

    public Task RotateAsync(IUnitOfWork uow, Guid id, byte[] newHash, byte[] oldHash, bool twoFactorVerified, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE sessions SET refresh_token_hash = @NewHash, previous_token_hash = @OldHash,
                                two_factor_verified = @TwoFactorVerified, last_seen_at = @Now
            WHERE id = @Id
            """, new { Id = id, NewHash = newHash, OldHash = oldHash, TwoFactorVerified = twoFactorVerified, Now = now }, ct);

    public Task MarkTwoFactorVerifiedAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE sessions SET two_factor_verified = true WHERE id = @Id", new { Id = id }, ct);

    public Task TouchAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE sessions SET last_seen_at = @Now WHERE id = @Id AND last_seen_at < @Now",
            new { Id = id, Now = now }, ct);

    public async Task<bool> RevokeAsync(IUnitOfWork uow, Guid id, Guid userId, string reason, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE sessions SET revoked_at = @Now, revoked_reason = @Reason
            WHERE id = @Id AND user_id = @UserId AND revoked_at IS NULL
            """, new { Id = id, UserId = userId, Reason = reason, Now = now }, ct) == 1;

    public Task<int> RevokeAllForUserAsync(IUnitOfWork uow, Guid userId, Guid? exceptSessionId, string reason, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE sessions SET revoked_at = @Now, revoked_reason = @Reason
            WHERE user_id = @UserId AND revoked_at IS NULL AND (@Except::uuid IS NULL OR id <> @Except)
            """, new { UserId = userId, Except = exceptSessionId, Reason = reason, Now = now }, ct);

    public Task<IEnumerable<SessionRow>> ListActiveForUserAsync(IUnitOfWork uow, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        uow.QueryAsync<SessionRow>($"""
            {SelectSession}
            WHERE user_id = @UserId AND revoked_at IS NULL AND expires_at > @Now
              AND last_seen_at + make_interval(mins => idle_timeout_minutes) > @Now
            ORDER BY last_seen_at DESC
            """, new { UserId = userId, Now = now }, ct);

    public Task<int> SetTenantIdleTimeoutAsync(IUnitOfWork uow, int minutes, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE sessions SET idle_timeout_minutes = @Minutes WHERE tenant_id = @TenantId AND revoked_at IS NULL",
            new { uow.TenantId, Minutes = minutes }, ct);
}
