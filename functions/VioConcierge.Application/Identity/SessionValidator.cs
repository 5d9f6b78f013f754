using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Checks on every authenticated request that the token's session is still live: not revoked, not idle past the
/// timeout, not expired, its user active and its tenant allowed to sign in. Keeps the idle clock moving
/// (at most one write a minute per session). Returns the live session, whose tenant, role and two-factor state are
/// what the request runs as (a token's own claims for them are not trusted).
/// </summary>
public sealed class SessionValidator(ITransactions database, ISessionStore sessions, TimeProvider time)
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<SessionCheck?> FindLiveAsync(Guid sessionId, Guid userId, Guid? tenantId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = tenantId is { } tenant ? await database.BeginTenantAsync(tenant, ct) : await database.BeginPlatformAsync(ct);
        var session = await sessions.FindForCheckAsync(uow, sessionId, ct);
        var live = session is not null
            && session.UserId == userId
            && session.TenantId == tenantId
            && session.RevokedAt is null
            && now < session.ExpiresAt
            && now < session.LastSeenAt.AddMinutes(session.IdleTimeoutMinutes)
            && session.UserStatus == "active"
            && (session.TenantStatus is null || TenantStatus.AllowsSignIn(session.TenantStatus));
        if (!live)
        {
            return null;
        }
        if (now - session!.LastSeenAt > TouchInterval)
        {
            await sessions.TouchAsync(uow, sessionId, now, ct);
            await uow.CommitAsync(ct);
        }
        return session;
    }
}
