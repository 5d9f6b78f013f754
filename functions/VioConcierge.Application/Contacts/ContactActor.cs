using VioConcierge.Application.Identity;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Who changes a contact, as the audit log records it: a signed-in user, or a system actor such as
/// <c>integration:calcom</c> (no user id) for changes a booking calendar makes.
/// </summary>
public sealed record ContactActor(Guid TenantId, Guid? UserId, string Role, string? ClientIp = null)
{
    public static ContactActor From(CurrentUser me) => new(me.TenantId!.Value, me.UserId, me.Role.ToName(), me.ClientIp);

    public static ContactActor System(Guid tenantId, string name) => new(tenantId, null, name);

    public AuditEntry Entry(string action, Guid contactId) => new(TenantId, UserId, Role, action, "contact", contactId.ToString(), ClientIp: ClientIp);
}
