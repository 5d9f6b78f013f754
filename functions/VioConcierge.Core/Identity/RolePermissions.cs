using System.Collections.Frozen;

namespace VioConcierge.Core.Identity;

/// <summary>Which permissions each role holds. Client admins inherit every client user permission.</summary>
public static class RolePermissions
{
    private static readonly Permission[] ClientUserPermissions =
    [
        Permission.ViewContacts,
        Permission.CreateContacts,
        Permission.EditOwnContacts,
        Permission.TriggerManualCalls,
        Permission.ViewCallResults,
        Permission.ViewBasicAnalytics,
        Permission.UpdateOwnProfile,
    ];

    private static readonly Permission[] ClientAdminExtras =
    [
        Permission.ManageContacts,
        Permission.ManageTeamMembers,
        Permission.ConfigureIntegrations,
        Permission.ManageBusinessSettings,
        Permission.ViewAllAnalytics,
        Permission.ExportData,
        Permission.ManageComplianceSettings,
        Permission.ConfigureCallSettings,
    ];

    private static readonly Permission[] SuperAdminPermissions =
    [
        Permission.ManageTenants,
        Permission.ViewPlatformAudit,
        Permission.ManageWorkQueue,
        Permission.UpdateOwnProfile,
    ];

    private static readonly FrozenDictionary<Role, FrozenSet<Permission>> ByRole = new Dictionary<Role, FrozenSet<Permission>>
    {
        [Role.ClientUser] = ClientUserPermissions.ToFrozenSet(),
        [Role.ClientAdmin] = ClientUserPermissions.Concat(ClientAdminExtras).ToFrozenSet(),
        [Role.SuperAdmin] = SuperAdminPermissions.ToFrozenSet(),
    }.ToFrozenDictionary();

    public static bool Has(Role role, Permission permission) => ByRole[role].Contains(permission);

    public static IReadOnlySet<Permission> For(Role role) => ByRole[role];
}
