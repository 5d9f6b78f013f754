namespace VioConcierge.Application.Identity;

/// <summary>A server-side sign-in session; the refresh token is stored only as its SHA-256 hash.</summary>
public sealed class SessionRow
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public Guid UserId { get; init; }
    public byte[] RefreshTokenHash { get; init; } = [];
    public bool TwoFactorVerified { get; init; }
    public int IdleTimeoutMinutes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevokedReason { get; init; }
    public string? ClientIp { get; init; }
    public string? UserAgent { get; init; }

    public bool IsActiveAt(DateTimeOffset now) =>
        RevokedAt is null && now < ExpiresAt && now < LastSeenAt.AddMinutes(IdleTimeoutMinutes);
}
