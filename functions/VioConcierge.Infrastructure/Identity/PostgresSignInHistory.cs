using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>A user's earlier sessions (revoked and expired ones included), read before a new one is opened.</summary>
public sealed class PostgresSignInHistory : ISignInHistory
{
    public async Task<(bool Any, IReadOnlyList<string?> AgentsFromAddress)> EarlierSessionsAsync(
        IUnitOfWork uow, Guid? tenantId, Guid userId, string? clientIp, int limit, CancellationToken ct)
    {
        var args = new { TenantId = tenantId ?? PlatformTenant.Id, UserId = userId, ClientIp = clientIp, Limit = limit };
        var any = await uow.QuerySingleAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM sessions WHERE tenant_id = @TenantId AND user_id = @UserId)", args, ct);
        if (!any)
        {
            return (false, []);
        }
        var agents = await uow.QueryAsync<string?>("""
            SELECT user_agent FROM sessions
            WHERE tenant_id = @TenantId AND user_id = @UserId AND client_ip IS NOT DISTINCT FROM @ClientIp
            ORDER BY last_seen_at DESC LIMIT @Limit
            """, args, ct);
        return (true, agents.ToList());
    }
}
