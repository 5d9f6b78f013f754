namespace VioConcierge.Application.Team;

/// <summary>A member of the caller's team as stored, with when they last signed in and were last active.</summary>
public sealed class TeamMemberRow
{
    public Guid Id { get; init; }
    public string FullName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Role { get; init; } = "";
    public string? JobTitle { get; init; }
    public string? Phone { get; init; }
    public string Status { get; init; } = "";
    public bool AwaitingPassword { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public DateTimeOffset? LastActiveAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Version { get; init; }
}
