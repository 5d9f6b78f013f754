using VioConcierge.Core.Work;
using VioConcierge.Functions.Contacts;
using VioConcierge.Functions.Contacts.Export;
using VioConcierge.Functions.Contacts.Import;
using VioConcierge.Functions.Groups;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Integrations;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Functions.Tenants;
using VioConcierge.Functions.VoiceSimulator;
using VioConcierge.Functions.Webhooks;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Providers.Retell;

namespace VioConcierge.Functions.Hosting;

/// <summary>Everything the host registers, in start-up order: migrations, then bootstrap, then the dispatcher.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddVioConcierge(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsEnvironment("Testing"))
        {
            builder.Configuration.AddLocalSettings(builder.Environment.ContentRootPath);
        }
        builder.Logging.ClearProviders().AddJsonConsole(options => options.IncludeScopes = false);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestSizeLimitMiddleware.DefaultLimitBytes * 16);
        if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port)
        {
            // Running as an Azure Functions custom handler: the Functions host forwards HTTP requests to this port.
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        var services = builder.Services;
        services.AddInfrastructure();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddStrictJson();
        services.CheckContentTypesAtTheEndpoint();
        services.AddAppAuthentication();
        services.AddClientAddress();
        services.AddAppRateLimits();
        services.AddAppOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);

        services.AddSingleton<SessionFactory>();
        services.AddSingleton<TwoFactorCodes>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<TwoFactorService>();
        services.AddSingleton<TenantService>();
        services.AddSingleton<WorkDispatcher>();
        services.AddSingleton<TenantSettings>();
        services.AddSingleton<ContactRowMapper>();
        services.AddSingleton<ContactWriter>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ContactLifecycleService>();
        services.AddSingleton<ContactListService>();
        services.AddSingleton<ContactBulkService>();
        services.AddSingleton<GroupService>();
        services.AddRetell();
        services.AddIntegrationSettings();
        services.AddVoiceSimulator();
        services.AddReminders();
        services.AddWebhooks();
        services.AddSingleton<ImportContexts>();
        services.AddSingleton<ImportPlanner>();
        services.AddSingleton<ImportWriter>();
        services.AddSingleton<ImportJobRunner>();
        services.AddSingleton<ContactImportService>();
        services.AddSingleton<IWorkHandler, ContactImportHandler>();
        services.AddSingleton<ContactExportService>();

        services.AddHostedService<DatabaseMigrationService>();
        services.AddHostedService<BootstrapService>();
        services.AddHostedService<WorkDispatcherService>();
        return builder;
    }

    public static WebApplication UseVioConcierge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<ControlCharacterMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
