using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>
/// A team member as the console lists them. <see cref="Status"/> is <c>active</c>, <c>invited</c> (never signed in,
/// no password set yet) or <c>deactivated</c>; <see cref="LastActiveAt"/> is their latest request in any session.
/// </summary>
public sealed record MemberResponse(
    Guid Id,
    string FullName,
    string Email,
    string Role,
    string? JobTitle,
    string? Phone,
    string Status,
    bool TwoFactorEnabled,
    DateTimeOffset? LastLoginAt,
    DateTimeOffset? LastActiveAt,
    DateTimeOffset CreatedAt,
    int Version)
{
    public static MemberResponse From(TeamMemberRow row) => new(
        row.Id, row.FullName, row.Email, row.Role, row.JobTitle, row.Phone,
        MemberStatus.Of(row.Status, row.AwaitingPassword, row.LastLoginAt), row.TwoFactorEnabled, row.LastLoginAt,
        row.LastActiveAt, row.CreatedAt, row.Version);
}
