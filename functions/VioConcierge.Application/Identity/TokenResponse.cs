using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>The body of a successful login or refresh.</summary>
public sealed record TokenResponse(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset ExpiresAt,
    bool TwoFactorEnrollmentRequired,
    UserSummary User);

/// <summary>The signed-in user as the console shows them.</summary>
public sealed record UserSummary(Guid Id, string Email, string FullName, string Role, Guid? TenantId, string? TenantName);
