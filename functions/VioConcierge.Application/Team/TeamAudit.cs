using VioConcierge.Application.Identity;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>The audit entry of a team change: the admin who made it, the member it was made to.</summary>
public static class TeamAudit
{
    public static AuditEntry Entry(CurrentUser me, string action, Guid memberId) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "user", memberId.ToString(), ClientIp: me.ClientIp);
}
