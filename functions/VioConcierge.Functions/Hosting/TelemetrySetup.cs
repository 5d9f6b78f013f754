using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using VioConcierge.Application.Telemetry;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs: function invocations (the worker's own spans, as the Functions host
/// expects), incoming requests, PostgreSQL statements (Npgsql's spans: the SQL text, never its parameters), outgoing
/// HTTP (Retell, Cal.com, Calendly; query strings redacted) and the Azure SDKs (Storage queues, Key Vault), each span
/// of an orchestration's activity tagged with its instance id (<see cref="OrchestrationSpans"/>), and the operator's
/// counters (<see cref="AppMetrics"/>). Exported to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; to the console when <c>Telemetry:Console</c> is true (local
/// runs); otherwise collected for nothing but a test's exporter.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "vioconcierge-functions";
    public const string AppInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // The Azure SDKs emit their spans (queue sends, vault reads) only when asked.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing
                .AddProcessor<OrchestrationSpans>()
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource("Azure.*"))
            .WithMetrics(metrics => metrics
                .AddMeter(AppMetrics.MeterName)
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (!string.IsNullOrWhiteSpace(configuration[AppInsightsSetting]))
        {
            telemetry.UseAzureMonitorExporter(options => options.ConnectionString = configuration[AppInsightsSetting]);
        }
        if (configuration.GetValue<bool>("Telemetry:Console"))
        {
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter()).WithMetrics(metrics => metrics.AddConsoleExporter());
        }
        return services;
    }
}
