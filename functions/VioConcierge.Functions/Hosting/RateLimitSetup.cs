using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using VioConcierge.Functions.Endpoints;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Per-client-IP limits on sign-in routes (<c>RateLimits:AuthPerMinute</c>, default 20), answering 429 with
/// <c>Retry-After</c> as ProblemDetails. Account lockout handles guessing against one account; this handles spraying.
/// </summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddAppRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("RateLimits:AuthPerMinute", 20);
            options.AddPolicy(AuthEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = "Too many requests.", Detail = "Wait before trying again." },
                });
            };
        });
        services.AddRateLimiter(_ => { });
        return services;
    }
}
