using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>Opens a server-side session for a user and issues its first token pair.</summary>
public sealed class SessionFactory(ISessionStore sessions, IAccessTokens tokens, IOptions<SecurityOptions> security, TimeProvider time)
{
    public async Task<TokenResponse> OpenAsync(IUnitOfWork uow, UserRow user, bool twoFactorSatisfied, string? ip, string? userAgent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var refreshToken = SecureTokens.NewToken();
        var session = new SessionRow
        {
            Id = Ids.New(time),
            TenantId = user.TenantId,
            UserId = user.Id,
            RefreshTokenHash = SecureTokens.Hash(refreshToken),
            TwoFactorVerified = twoFactorSatisfied,
            IdleTimeoutMinutes = IdleTimeoutHours(user) * 60,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + security.Value.SessionMaxLifetime,
            ClientIp = ip,
            UserAgent = Readable(userAgent),
        };
        await sessions.InsertAsync(uow, session, ct);
        return Respond(user, session.Id, refreshToken, twoFactorSatisfied);
    }

    public TokenResponse Respond(UserRow user, Guid sessionId, string refreshToken, bool twoFactorSatisfied)
    {
        var (access, expires) = tokens.IssueAccessToken(user, sessionId, twoFactorSatisfied);
        return new TokenResponse(access, refreshToken, expires, !twoFactorSatisfied, Summary(user));
    }

    public (string Token, DateTimeOffset ExpiresAt) IssueAccessToken(UserRow user, Guid sessionId, bool twoFactorSatisfied) =>
        tokens.IssueAccessToken(user, sessionId, twoFactorSatisfied);

    public static UserSummary Summary(UserRow user) =>
        new(user.Id, user.Email, user.FullName, user.Role, user.TenantId, user.TenantName);

    private int IdleTimeoutHours(UserRow user) =>
        user.TenantId is null ? security.Value.PlatformSessionIdleHours : user.TenantSessionIdleHours ?? SessionTimeouts.DefaultHours;

    /// <summary>The user agent as a person reads it: control characters dropped, at most 200 characters.</summary>
    public static string? Readable(string? userAgent)
    {
        var text = userAgent is null ? null : new string(userAgent.Where(character => !char.IsControl(character)).Take(200).ToArray());
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
