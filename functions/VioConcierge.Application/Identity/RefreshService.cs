using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Exchanges a refresh token for a new token pair (rotation). Presenting an already-rotated refresh token revokes
/// the session, since only a stolen copy could still hold it.
/// </summary>
public sealed class RefreshService(
    ITransactions database,
    ISessionStore sessions,
    IUserStore users,
    SessionFactory sessionFactory,
    IAuditLog audit,
    TimeProvider time)
{
    private const string Expired = "The session has ended; sign in again.";

    public async Task<SignInResult> RefreshAsync(string refreshToken, string? ip, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var hash = SecureTokens.Hash(refreshToken);
        await using var uow = await database.BeginPlatformAsync(ct);
        var session = await sessions.FindByRefreshHashForUpdateAsync(uow, hash, ct);
        if (session is null)
        {
            await RevokeOnReuseAsync(uow, hash, ip, ct);
            return new SignInResult.InvalidCredentials(Expired);
        }
        if (!session.IsActiveAt(now))
        {
            return new SignInResult.InvalidCredentials(Expired);
        }
        var user = await users.FindByIdAsync(uow, session.UserId, ct);
        if (user is null || user.Status != "active")
        {
            return new SignInResult.InvalidCredentials(Expired);
        }
        if (user.TenantStatus is { } tenantStatus && !TenantStatus.AllowsSignIn(tenantStatus))
        {
            return new SignInResult.AccountUnavailable($"This organisation's account is {tenantStatus}.");
        }
        var newToken = SecureTokens.NewToken();
        await sessions.RotateAsync(uow, session.Id, SecureTokens.Hash(newToken), hash, session.TwoFactorVerified, now, ct);
        await uow.CommitAsync(ct);
        return new SignInResult.Success(sessionFactory.Respond(user, session.Id, newToken, session.TwoFactorVerified));
    }

    public async Task LogoutAsync(CurrentUser user, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(user, ct);
        if (await sessions.RevokeAsync(uow, user.SessionId, user.UserId, "logout", time.GetUtcNow(), ct))
        {
            await audit.AppendAsync(uow, new AuditEntry(user.TenantId, user.UserId, user.Role.ToName(), AuditActions.UserLoggedOut,
                "session", user.SessionId.ToString(), ClientIp: user.ClientIp), ct);
        }
        await uow.CommitAsync(ct);
    }

    private async Task RevokeOnReuseAsync(IUnitOfWork uow, byte[] hash, string? ip, CancellationToken ct)
    {
        var stolen = await sessions.FindByPreviousHashAsync(uow, hash, ct);
        if (stolen is null || stolen.RevokedAt is not null)
        {
            return;
        }
        await sessions.RevokeAsync(uow, stolen.Id, stolen.UserId, "refresh_token_reused", time.GetUtcNow(), ct);
        await audit.AppendAsync(uow, new AuditEntry(stolen.TenantId, stolen.UserId, null, AuditActions.SessionRevoked,
            "session", stolen.Id.ToString(), new AuditChanges().Set("reason", "refresh_token_reused").Build(), ip), ct);
        await uow.CommitAsync(ct);
    }
}
