namespace VioConcierge.Infrastructure.Identity;

/// <summary>What the per-request check needs: the session and whether its user and tenant may still sign in.</summary>
public sealed class SessionCheck
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public int IdleTimeoutMinutes { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string UserStatus { get; init; } = "";
    public string? TenantStatus { get; init; }
}
