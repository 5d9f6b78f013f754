using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>The caller's profile with their permissions, for the console to show or hide features.</summary>
public sealed record MeResponse(
    Guid Id,
    string Email,
    string FullName,
    string? JobTitle,
    string? Phone,
    string Role,
    Guid? TenantId,
    string? TenantName,
    IReadOnlyList<string> Permissions,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    DateTimeOffset? LastLoginAt,
    int Version)
{
    public static MeResponse From(UserRow user, SecurityOptions security)
    {
        var role = RoleNames.Parse(user.Role);
        return new MeResponse(
            user.Id, user.Email, user.FullName, user.JobTitle, user.Phone, user.Role, user.TenantId, user.TenantName,
            RolePermissions.For(role).Select(PermissionNames.ToName).Order(StringComparer.Ordinal).ToArray(),
            user.TwoFactorEnabled, role.IsAdmin() && security.RequireAdminTwoFactor, user.LastLoginAt, user.Version);
    }
}
