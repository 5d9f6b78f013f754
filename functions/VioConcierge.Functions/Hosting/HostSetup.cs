using VioConcierge.Application;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Tenants;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Integrations;
using VioConcierge.Functions.VoiceSimulator;
using VioConcierge.Functions.Webhooks;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

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
        services.AddApplication();
        services.AddInfrastructure();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddStrictJson();
        services.CheckContentTypesAtTheEndpoint();
        services.AddAppAuthentication();
        services.AddCurrentUser();
        services.AddClientAddress();
        services.AddAppRateLimits();
        services.AddAppOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);

        services.AddOptions<AutoPauseOptions>().BindConfiguration(AutoPauseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkDispatcher>();
        services.AddSingleton<CalendarWebhookUrl>();
        services.AddVoiceProvider();
        services.AddVoiceSimulator();
        services.AddWebhookRateLimit();

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
