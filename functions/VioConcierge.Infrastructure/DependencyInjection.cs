using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using VioConcierge.Core.Integrations;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Calendar;
using VioConcierge.Infrastructure.Contacts;
using VioConcierge.Infrastructure.Groups;
using VioConcierge.Infrastructure.Identity;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Secrets;
using VioConcierge.Infrastructure.Security;
using VioConcierge.Infrastructure.Settings;
using VioConcierge.Infrastructure.Tenants;
using VioConcierge.Infrastructure.Webhooks;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        DapperSetup.Configure();
        services.AddSingleton(provider => PostgresOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => PostgresDataSource.Build(provider.GetRequiredService<PostgresOptions>().ConnectionString));
        services.AddSingleton<Database>();
        services.AddSingleton<MigrationRunner>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EncryptionOptions>().BindConfiguration(EncryptionOptions.SectionName);
        services.AddOptions<ContactSearchOptions>().BindConfiguration(ContactSearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<PostgresWorkQueue>();
        services.AddSingleton<PostgresDeadLetters>();

        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<FieldProtector>();
        services.AddSingleton<PostgresUserStore>();
        services.AddSingleton<PostgresSessionStore>();
        services.AddSingleton<PostgresTenantStore>();
        services.AddSingleton<PostgresAuditLog>();
        services.AddSingleton<BlindIndex>();
        services.AddSingleton<ContactCipher>();
        services.AddSingleton<ContactSearchSql>();
        services.AddSingleton<ContactListSql>();
        services.AddSingleton<PostgresContactStore>();
        services.AddSingleton<PostgresContactList>();
        services.AddSingleton<PostgresContactBulk>();
        services.AddSingleton<PostgresContactImportStore>();
        services.AddSingleton<PostgresContactBulkWriter>();
        services.AddSingleton<PostgresContactExport>();
        services.AddSingleton<PostgresGroupStore>();
        services.AddSingleton<PostgresSettingsStore>();
        services.AddOptions<WebhookReceiptOptions>().BindConfiguration(WebhookReceiptOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgresWebhookReceipts>();
        services.AddSingleton<PostgresCalendarIntegrations>();
        services.AddSingleton<PostgresCalendarSyncStatus>();
        services.AddSingleton<PostgresBookingStore>();

        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgresSecretStore>();
        services.AddSingleton<ISecretStore>(provider => provider.GetRequiredService<PostgresSecretStore>());
        return services;
    }
}
