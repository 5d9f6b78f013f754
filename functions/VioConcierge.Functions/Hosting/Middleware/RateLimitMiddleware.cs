using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace VioConcierge.Functions.Hosting.Middleware;

/// <summary>
/// Per-client-address fixed windows for the functions that declare a <see cref="RateLimitedAttribute"/> policy:
/// <c>auth</c> (sign-in, refresh: <c>RateLimits:AuthPerMinute</c>, default 20; account lockout handles guessing against
/// one account, this handles spraying) and <c>webhooks</c> (<c>RateLimits:WebhooksPerMinute</c>, default 6000).
/// Over the limit is a 429 ProblemDetails with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitMiddleware : IFunctionsWorkerMiddleware, IDisposable
{
    public const string AuthPolicy = "auth";
    public const string WebhooksPolicy = "webhooks";

    private readonly FunctionCatalog _catalog;
    private readonly Dictionary<string, PartitionedRateLimiter<string>> _limiters;

    public RateLimitMiddleware(FunctionCatalog catalog, IConfiguration configuration)
    {
        _catalog = catalog;
        _limiters = new Dictionary<string, PartitionedRateLimiter<string>>(StringComparer.Ordinal)
        {
            [AuthPolicy] = PerMinute(configuration.GetValue("RateLimits:AuthPerMinute", 20)),
            [WebhooksPolicy] = PerMinute(configuration.GetValue("RateLimits:WebhooksPerMinute", 6000)),
        };
    }

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http || _catalog.Find(context.FunctionDefinition).RateLimitPolicy is not { } policy)
        {
            await next(context);
            return;
        }
        using var lease = _limiters[policy].AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.GetInvocationResult().Value = TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.", detail: "Wait before trying again.");
            return;
        }
        await next(context);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) => PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
