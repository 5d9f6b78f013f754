using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Calendar;
using VioConcierge.Infrastructure;

namespace VioConcierge.Functions.Webhooks;

public static class WebhookSetup
{
    public const string RateLimitPolicy = "webhooks";

    /// <summary>
    /// The Retell and calendar (Cal.com, Calendly) webhook pipelines. Retell: signing keys (the tenant's, then the platform's, unless another <see cref="IRetellSigningKeys"/> is
    /// registered first), ingestion, the event handler, and a per-client-IP limit (<c>RateLimits:WebhooksPerMinute</c>).
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton<IRetellSigningKeys, RetellSigningKeys>();
        services.AddSingleton<RetellWebhookIngest>();
        services.AddSingleton<IWorkHandler, RetellEventHandler>();
        services.AddSingleton<CalendarWebhookIngest>();
        services.AddSingleton<BookingApplier>();
        services.AddSingleton<IWorkHandler, CalendarBookingHandler>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("RateLimits:WebhooksPerMinute", 6000);
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
