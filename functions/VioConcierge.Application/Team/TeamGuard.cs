using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>
/// The changes a business must survive: an admin cannot deactivate, demote or delete their own account, nor the last
/// admin who can sign in (the business would be left with nobody to manage it). The admins are locked while checked,
/// so two admins removing each other at once cannot both succeed.
/// </summary>
public sealed class TeamGuard(ITeamStore team)
{
    public async Task<Failure?> CheckAsync(IUnitOfWork uow, CurrentUser me, TeamMemberRow member, string change, CancellationToken ct)
    {
        if (member.Id == me.UserId)
        {
            return new Failure(FailureKind.Conflict, Detail: $"You cannot {change} your own account; ask another admin.");
        }
        var admins = await team.LockSignInAdminsAsync(uow, me.TenantId!.Value, ct);
        return member.Role == RoleNames.ClientAdmin && admins.Count == 1 && admins[0] == member.Id
            ? new Failure(FailureKind.Conflict, Detail: $"{member.FullName} is the last active admin of this business; make another member an admin first.")
            : null;
    }
}
