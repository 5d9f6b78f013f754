using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VioConcierge.Functions.Webhooks;

public static class WebhookSetup
{
    public const string RateLimitPolicy = "webhooks";

    /// <summary>The per-client-IP limit on webhook routes (<c>RateLimits:WebhooksPerMinute</c>).</summary>
    public static IServiceCollection AddWebhookRateLimit(this IServiceCollection services)
    {
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
