namespace VioConcierge.Application.Identity;

/// <summary>Issues the short-lived access token a signed-in session carries.</summary>
public interface IAccessTokens
{
    /// <summary>An access token for <paramref name="user"/> in session <paramref name="sessionId"/>, and when it expires.</summary>
    (string Token, DateTimeOffset ExpiresAt) IssueAccessToken(UserRow user, Guid sessionId, bool twoFactorSatisfied);
}
