using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>A user as stored, with the sign-in relevant state of their tenant (null for super admins).</summary>
public sealed class UserRow
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public string Email { get; init; } = "";
    public string FullName { get; set; } = "";
    public string? JobTitle { get; set; }
    public string? Phone { get; init; }
    public string Role { get; init; } = "";
    public string PasswordHash { get; set; } = "";
    public string Status { get; init; } = "active";
    public int FailedLoginCount { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public string? TotpSecret { get; init; }
    public string? TotpPendingSecret { get; init; }
    public DateTimeOffset? TotpEnabledAt { get; init; }
    public long? TotpLastStep { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }

    /// <summary>Added by an admin and has not set a password of their own yet (their link is still to be used).</summary>
    public bool AwaitingPassword { get; init; }
    public DateTimeOffset PasswordChangedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
    public string? TenantName { get; init; }
    public string? TenantStatus { get; init; }
    public int? TenantSessionIdleHours { get; init; }

    public bool TwoFactorEnabled => TotpEnabledAt is not null;
}
