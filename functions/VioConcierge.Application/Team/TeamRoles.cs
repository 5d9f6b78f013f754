using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>The roles a team member can have: client admin or client user (staff); never super admin.</summary>
public static class TeamRoles
{
    public static bool IsTeamRole(string? role) => role is RoleNames.ClientAdmin or RoleNames.ClientUser;
}
