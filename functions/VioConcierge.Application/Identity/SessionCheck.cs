using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>
/// What the per-request check needs: the session, whether its user and tenant may still sign in, and who the session
/// speaks for (tenant, role, two-factor state), which the request takes from here rather than from the token.
/// </summary>
public sealed class SessionCheck
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public Guid? TenantId { get; init; }
    public string UserRole { get; init; } = "";
    public bool TwoFactorVerified { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public int IdleTimeoutMinutes { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string UserStatus { get; init; } = "";
    public string? TenantStatus { get; init; }
}
