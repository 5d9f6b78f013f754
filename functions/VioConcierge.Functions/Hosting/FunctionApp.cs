using Microsoft.Azure.Functions.Worker.Builder;
using VioConcierge.Application;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Email;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.Work;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Campaigns;
using VioConcierge.Functions.Hosting.Middleware;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Integrations;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.VoiceSimulator;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// The isolated-worker function app: HTTP functions on the worker's ASP.NET Core integration, the worker middleware
/// every HTTP function runs through (outermost first), and every service, with start-up work (migrations, then the
/// bootstrap of the first super admin) as hosted services. Settings come from the environment, as the Functions host
/// (or the development host, from <c>local.settings.json</c>) sets them.
/// </summary>
public static class FunctionApp
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ProblemMiddleware>();
        builder.UseMiddleware<AccessMiddleware>();
        builder.UseMiddleware<RequestRulesMiddleware>();
        builder.UseMiddleware<RateLimitMiddleware>();

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton<FunctionCatalog>();
        services.AddAppTelemetry(builder.Configuration);
        services.AddApplication();
        services.AddInfrastructure();
        services.AddProblemDetails();
        services.AddStrictJson();
        services.AddAppAuthentication();
        services.AddCurrentUser();
        services.AddClientAddress();
        services.AddAppOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AutoPauseOptions>().BindConfiguration(AutoPauseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName);
        services.AddHostedService<WorkRelayService>();
        services.AddSingleton(new WorkOrchestration([WorkKinds.Timer]));
        services.AddSingleton<IWorkHandler, CampaignSignalHandler>();
        services.AddSingleton<IWorkHandler, ReminderCallOutcomeHandler>();
        services.AddSingleton<ReminderCallBudget>();
        services.AddOptions<ReminderCallOptions>().BindConfiguration(ReminderCallOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CalendarWebhookUrl>();
        services.AddVoiceProvider();
        services.AddVoiceSimulator();

        // Start-up work runs first (hosted services start in order), before the worker connects to its host, so no
        // function is invoked before the schema is current and the first super admin exists.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrationService>());
        services.Insert(1, ServiceDescriptor.Singleton<IHostedService, BootstrapService>());
        return builder;
    }
}
