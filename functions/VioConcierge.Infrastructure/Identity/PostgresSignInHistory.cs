using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>A user's earlier sessions (revoked and expired ones included), read before a new one is opened.</summary>
public sealed class PostgresSignInHistory : ISignInHistory
{
    public async Task<(bool Any, bool SameDevice)> EarlierSessionsAsync(IUnitOfWork uow, Guid? tenantId, Guid userId, string? userAgent, string? clientIp, CancellationToken ct)
    {
        var (any, same) = await uow.QuerySingleAsync<(bool, bool)>("""
            SELECT count(*) > 0, coalesce(bool_or(user_agent IS NOT DISTINCT FROM @UserAgent AND client_ip IS NOT DISTINCT FROM @ClientIp), false)
            FROM sessions WHERE tenant_id = @TenantId AND user_id = @UserId
            """, new { TenantId = tenantId ?? PlatformTenant.Id, UserId = userId, UserAgent = userAgent, ClientIp = clientIp }, ct);
        return (any, same);
    }
}
