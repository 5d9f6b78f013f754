using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>
/// Single-use links by the SHA-256 of their token. A super admin's links are stored under <see cref="PlatformTenant.Id"/>
/// and read back without a tenant.
/// </summary>
public sealed class PostgresUserLinks : IUserLinks
{
    public Task InsertAsync(IUnitOfWork uow, UserLinkRow link, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO user_links (tenant_id, id, user_id, purpose, token_hash, new_email, created_at, expires_at)
            VALUES (coalesce(@TenantId, @PlatformTenant), @Id, @UserId, @Purpose, @TokenHash, @NewEmail, @CreatedAt, @ExpiresAt)
            """,
            new
            {
                link.TenantId, link.Id, link.UserId, link.Purpose, link.TokenHash, link.NewEmail, link.CreatedAt, link.ExpiresAt,
                PlatformTenant = PlatformTenant.Id,
            }, ct);

    public Task<UserLinkRow?> FindByTokenHashAsync(IUnitOfWork uow, byte[] tokenHash, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<UserLinkRow>("""
            SELECT nullif(tenant_id, @PlatformTenant) AS tenant_id, id, user_id, purpose, token_hash, new_email, created_at, expires_at, used_at
            FROM user_links WHERE token_hash = @Hash
            """, new { Hash = tokenHash, PlatformTenant = PlatformTenant.Id }, ct);

    public async Task<bool> UseAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("UPDATE user_links SET used_at = @Now WHERE id = @Id AND used_at IS NULL", new { Id = id, Now = now }, ct) == 1;

    public Task WithdrawAsync(IUnitOfWork uow, Guid userId, IReadOnlyList<string> purposes, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE user_links SET used_at = @Now WHERE user_id = @UserId AND purpose = ANY(@Purposes) AND used_at IS NULL",
            new { UserId = userId, Purposes = purposes.ToArray(), Now = now }, ct);

    public Task DeleteForUserAsync(IUnitOfWork uow, Guid userId, CancellationToken ct) =>
        uow.ExecuteAsync("DELETE FROM user_links WHERE user_id = @UserId", new { UserId = userId }, ct);
}
