namespace VioConcierge.Core.Audit;

/// <summary>The audit action names used across the platform.</summary>
public static class AuditActions
{
    public const string TenantCreated = "tenant.created";
    public const string TenantStatusChanged = "tenant.status_changed";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserDeleted = "user.deleted";
    public const string PasswordResetSent = "user.password_reset_sent";
    public const string PasswordSet = "user.password_set";
    public const string EmailChangeRequested = "user.email_change_requested";
    public const string EmailChanged = "user.email_changed";
    public const string SessionsRevoked = "user.sessions_revoked";
    public const string UserLoggedIn = "user.logged_in";
    public const string UserLoginFailed = "user.login_failed";
    public const string UserLockedOut = "user.locked_out";
    public const string UserLoggedOut = "user.logged_out";
    public const string PasswordChanged = "user.password_changed";
    public const string SessionRevoked = "session.revoked";
    public const string TwoFactorEnabled = "user.2fa_enabled";
    public const string TwoFactorDisabled = "user.2fa_disabled";
    public const string BackupCodesRegenerated = "user.backup_codes_regenerated";
    public const string BackupCodeUsed = "user.backup_code_used";
    public const string WorkItemReplayed = "work.replayed";
    public const string SuperAdminBootstrapped = "platform.super_admin_bootstrapped";
    public const string ContactCreated = "contact.created";
    public const string ContactViewed = "contact.viewed";
    public const string ContactUpdated = "contact.updated";
    public const string ContactDeleted = "contact.deleted";
    public const string ContactRestored = "contact.restored";
    public const string ContactStatusChanged = "contact.status_changed";
    public const string ContactGroupsChanged = "contact.groups_changed";
    public const string ContactBulkAction = "contact.bulk_action";
    public const string PhiDetected = "contact.phi_detected";
    public const string ContactImported = "contact.imported";
    public const string ContactExported = "contact.exported";
    public const string GroupCreated = "group.created";
    public const string GroupUpdated = "group.updated";
    public const string GroupDeleted = "group.deleted";
    public const string GroupMembersAdded = "group.members_added";
    public const string GroupMembersRemoved = "group.members_removed";
    public const string SettingsUpdated = "settings.updated";
    public const string CallNow = "contact.call_now";
    public const string TenantAutoPaused = "tenant.auto_paused";
    public const string DoNotCallAdded = "do_not_call.added";
    public const string DoNotCallRemoved = "do_not_call.removed";
    public const string ContactOptOutChanged = "contact.opt_out_changed";
    public const string CampaignStarted = "campaign.started";
    public const string CampaignStatusChanged = "campaign.status_changed";
}
