using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.DoNotCall;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Integrations;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Security;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Team;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.UserSettings;
using VioConcierge.Application.Webhooks;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Integrations;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Calendar;
using VioConcierge.Infrastructure.Calls;
using VioConcierge.Infrastructure.Campaigns;
using VioConcierge.Infrastructure.Contacts;
using VioConcierge.Infrastructure.DoNotCall;
using VioConcierge.Infrastructure.Groups;
using VioConcierge.Infrastructure.Identity;
using VioConcierge.Infrastructure.Mail;
using VioConcierge.Infrastructure.Notifications;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Providers.Calendar;
using VioConcierge.Infrastructure.Providers.Retell;
using VioConcierge.Infrastructure.Reminders;
using VioConcierge.Infrastructure.Secrets;
using VioConcierge.Infrastructure.Security;
using VioConcierge.Infrastructure.Settings;
using VioConcierge.Infrastructure.Team;
using VioConcierge.Infrastructure.Tenants;
using VioConcierge.Infrastructure.UserSettings;
using VioConcierge.Infrastructure.Webhooks;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        DapperSetup.Configure();
        services.AddSingleton(provider => PostgresOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider =>
        {
            var postgres = provider.GetRequiredService<PostgresOptions>();
            return PostgresDataSource.Build(postgres.ConnectionString, postgres.Credential);
        });
        services.AddPort<ITransactions, Database>();
        services.AddSingleton<MigrationRunner>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EncryptionOptions>().BindConfiguration(EncryptionOptions.SectionName);
        services.AddOptions<ContactSearchOptions>().BindConfiguration(ContactSearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkSignal>();
        services.AddPort<IWorkQueue, PostgresWorkQueue>();
        services.AddSingleton<WorkQueueClients>();
        services.AddSingleton<WorkRunner>();
        services.AddSingleton<WorkRelay>();
        services.AddPort<IDeadLetters, PostgresDeadLetters>();

        services.AddPort<IPasswordHashing, PasswordHashing>();
        services.AddPort<IFieldProtector, FieldProtector>();
        services.AddPort<IUserStore, PostgresUserStore>();
        services.AddPort<ISessionStore, PostgresSessionStore>();
        services.AddPort<IUserLinks, PostgresUserLinks>();
        services.AddPort<ISignInHistory, PostgresSignInHistory>();
        services.AddPort<ITeamStore, PostgresTeamStore>();
        services.AddPort<ITenantStore, PostgresTenantStore>();
        services.AddPort<IAuditLog, PostgresAuditLog>();
        services.AddPort<IBlindIndex, BlindIndex>();
        services.AddPort<IContactCipher, ContactCipher>();
        services.AddSingleton<ContactSearchSql>();
        services.AddSingleton<ContactListSql>();
        services.AddPort<IContactStore, PostgresContactStore>();
        services.AddPort<IContactList, PostgresContactList>();
        services.AddPort<IContactBulk, PostgresContactBulk>();
        services.AddPort<IContactImportStore, PostgresContactImportStore>();
        services.AddPort<IContactBulkWriter, PostgresContactBulkWriter>();
        services.AddPort<IContactExport, PostgresContactExport>();
        services.AddPort<IGroupStore, PostgresGroupStore>();
        services.AddOptions<CallLimitsOptions>().BindConfiguration(CallLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddPort<IReminderStore, PostgresReminderStore>();
        services.AddPort<ICallSessionStore, PostgresCallSessionStore>();
        services.AddPort<ITimelineStore, PostgresTimelineStore>();
        services.AddPort<IPlatformCallSlots, PlatformCallSlots>();
        services.AddPort<ICallLimiter, PostgresCallLimiter>();
        services.AddPort<IContactCallState, PostgresContactCallState>();
        services.AddPort<IDoNotCallStore, PostgresDoNotCallStore>();
        services.AddPort<ICampaignStore, PostgresCampaignStore>();
        services.AddPort<INotificationStore, PostgresNotificationStore>();
        services.AddPort<INotificationPreferencesStore, PostgresNotificationPreferencesStore>();
        services.AddPort<INotificationFeed, PostgresNotificationFeed>();
        services.AddPort<IReportFigures, PostgresReportFigures>();
        services.AddPort<ISettingsStore, PostgresSettingsStore>();
        services.AddPort<IUserSettingsStore, PostgresUserSettingsStore>();
        services.AddOptions<WebhookReceiptOptions>().BindConfiguration(WebhookReceiptOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddPort<IWebhookReceipts, PostgresWebhookReceipts>();
        services.AddPort<ICalendarIntegrations, PostgresCalendarIntegrations>();
        services.AddPort<ICalendarSyncStatusStore, PostgresCalendarSyncStatus>();
        services.AddPort<IBookingStore, PostgresBookingStore>();

        services.AddSecretStore();
        services.AddSingleton<IValidateOptions<SecretsOptions>, UnresolvedSecretReferences>();

        services.AddRetell();
        services.AddSingleton<IRetellConnectionTest, RetellConnectionTest>();
        services.AddCalendarProviders();
        services.AddMail();
        services.AddTransient<ICalendarConnectionTest, CalendarConnectionTest>();
        return services;
    }

    /// <summary>Registers <typeparamref name="TAdapter"/> once, reachable as itself and as the port it implements.</summary>
    private static void AddPort<TPort, TAdapter>(this IServiceCollection services)
        where TPort : class
        where TAdapter : class, TPort
    {
        services.AddSingleton<TAdapter>();
        services.AddSingleton<TPort>(provider => provider.GetRequiredService<TAdapter>());
    }
}
