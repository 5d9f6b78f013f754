namespace VioConcierge.Core.Identity;

/// <summary>Permissions from seed 000 (team management) plus the platform's own.</summary>
public enum Permission
{
    // client_user (base)
    ViewContacts,
    CreateContacts,
    EditOwnContacts,
    TriggerManualCalls,
    ViewCallResults,
    ViewBasicAnalytics,
    UpdateOwnProfile,

    // client_admin (inherits client_user)
    ManageContacts,
    ManageTeamMembers,
    ConfigureIntegrations,
    ManageBusinessSettings,
    ViewAllAnalytics,
    ExportData,
    ManageComplianceSettings,
    ConfigureCallSettings,

    // super_admin (platform)
    ManageTenants,
    ViewPlatformAudit,
    ManageWorkQueue,
}
