using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Business;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Contacts.Export;
using VioConcierge.Application.Contacts.Import;
using VioConcierge.Application.DeadLetters;
using VioConcierge.Application.DoNotCall;
using VioConcierge.Application.Email;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Integrations;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Team;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.UserSettings;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Every use case and background work handler, by feature. They reach storage and providers only through the ports
    /// the infrastructure registers (<c>AddInfrastructure</c>); a host adds its own adapters (access tokens, the voice
    /// provider it picks) and options.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AppMetrics>();
        AddIdentity(services);
        AddContacts(services);
        AddCalls(services);
        AddReminders(services);
        AddWebhooks(services);
        AddBusinessProfile(services);
        AddNotifications(services);
        services.AddSingleton<TenantService>();
        services.AddSingleton<TenantSettings>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<AuditQueryService>();
        services.AddSingleton<DeadLetterService>();
        services.AddSingleton<GroupService>();
        services.AddSingleton<DoNotCallService>();
        services.AddSingleton<CampaignSchedule>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<CampaignStepper>();
        services.AddSingleton<RetellSettingsReader>();
        services.AddSingleton<RetellSettingsService>();
        services.AddSingleton<CalendarSettingsService>();
        return services;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddSingleton<SessionFactory>();
        services.AddSingleton<TwoFactorCodes>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<TwoFactorService>();
        services.AddSingleton<PlatformBootstrap>();
        services.AddSingleton<UserLinks>();
        services.AddSingleton<EmailsInUse>();
        services.AddSingleton<SecurityAlerts>();
        services.AddSingleton<EmailChanges>();
        services.AddSingleton<AccountLinkService>();
        services.AddSingleton<TeamGuard>();
        services.AddSingleton<TeamInvitations>();
        services.AddSingleton<TeamQueryService>();
        services.AddSingleton<TeamService>();
        services.AddSingleton<TeamAccessService>();
    }

    private static void AddContacts(IServiceCollection services)
    {
        services.AddSingleton<ContactRowMapper>();
        services.AddSingleton<ContactWriter>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ContactLifecycleService>();
        services.AddSingleton<ContactListService>();
        services.AddSingleton<ContactBulkService>();
        services.AddSingleton<ImportContexts>();
        services.AddSingleton<ImportPlanner>();
        services.AddSingleton<ImportWriter>();
        services.AddSingleton<ImportJobRunner>();
        services.AddSingleton<ContactImportService>();
        services.AddSingleton<IWorkHandler, ContactImportHandler>();
        services.AddSingleton<ContactExportService>();
    }

    private static void AddCalls(IServiceCollection services)
    {
        services.AddSingleton<CallSlots>();
        services.AddSingleton<CallFactsReader>();
        services.AddSingleton<CallIntentRecorder>();
        services.AddSingleton<CallOutcomeService>();
        services.AddSingleton<ContactCallUpdates>();
        services.AddSingleton<ProviderCallReports>();
        services.AddSingleton<AutoPauseGuard>();
        services.AddSingleton<CallNowService>();
        services.AddSingleton<CallQueryService>();
        services.AddSingleton<IWorkHandler, PlatformNotificationHandler>();
        services.AddSingleton<IWorkHandler, PlaceCallHandler>();
        services.AddSingleton<IWorkHandler, CallLookupHandler>();
        services.AddSingleton<IWorkHandler, StopCallHandler>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<IWorkHandler, SendEmailHandler>();
    }

    private static void AddReminders(IServiceCollection services)
    {
        services.AddSingleton<ReminderCommandRunner>();
        services.AddSingleton<ReminderDialSlots>();
        services.AddSingleton<ReminderEngine>();
        services.AddSingleton<ReminderCallOutcomes>();
        services.AddSingleton<IWorkHandler, ReminderCallDeadlineHandler>();
        services.AddSingleton<IReminderEvents>(provider => provider.GetRequiredService<ReminderEngine>());
        services.AddSingleton<TimelineQueryService>();
        services.AddSingleton<ReminderSync>();
        services.AddSingleton<IWorkHandler, ReminderSyncHandler>();
        services.AddSingleton<IWorkHandler, ReminderTimerHandler>();
        services.AddSingleton<IWorkHandler, TenantStatusHandler>();
        services.AddSingleton<IWorkHandler, OutcomeCheckHandler>();
    }

    private static void AddBusinessProfile(IServiceCollection services)
    {
        services.AddSingleton<ReminderReplan>();
        services.AddSingleton<IWorkHandler, ReminderReplanHandler>();
        services.AddSingleton<BusinessTypeChange>();
        services.AddSingleton<BusinessProfileService>();
        services.AddSingleton<UserSettingsService>();
    }

    /// <summary>Users' notifications: preferences, the in-app feed, alerts fanned out to users and emailed, reports.</summary>
    private static void AddNotifications(IServiceCollection services)
    {
        services.AddSingleton<NotificationPreferencesService>();
        services.AddSingleton<NotificationFeedService>();
        services.AddSingleton<NotificationComposer>();
        services.AddSingleton<NotificationEmails>();
        services.AddSingleton<NotificationFanOut>();
        services.AddSingleton<ReportScheduler>();
        services.AddSingleton<FeedPurge>();
        services.AddSingleton<IWorkHandler, StaffNotificationHandler>();
        services.AddSingleton<IWorkHandler, HeldEmailHandler>();
        services.AddSingleton<IWorkHandler, ReportHandler>();
    }

    /// <summary>Retell and calendar webhook intake (a host may register its own <see cref="IRetellSigningKeys"/> first).</summary>
    private static void AddWebhooks(IServiceCollection services)
    {
        services.TryAddSingleton<IRetellSigningKeys, RetellSigningKeys>();
        services.AddSingleton<RetellWebhookIngest>();
        services.AddSingleton<IWorkHandler, RetellEventHandler>();
        services.AddSingleton<CalendarWebhookIngest>();
        services.AddSingleton<BookingApplier>();
        services.AddSingleton<IWorkHandler, CalendarBookingHandler>();
    }
}
