using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VioConcierge.Functions.Hosting;

/// <summary>Liveness (the process answers) and readiness (database reachable, migrations applied), as plain text.</summary>
[ApiTag("Health")]
public sealed class HealthFunctions(HealthCheckService health)
{
    [Function(nameof(Live)), Anonymous, NotDocumented]
    public Task<IResult> Live([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health/live")] HttpRequest request, CancellationToken ct) =>
        CheckAsync(request, _ => false, ct);

    [Function(nameof(Ready)), Anonymous, NotDocumented]
    public Task<IResult> Ready([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health/ready")] HttpRequest request, CancellationToken ct) =>
        CheckAsync(request, check => check.Tags.Contains("ready"), ct);

    private async Task<IResult> CheckAsync(HttpRequest request, Func<HealthCheckRegistration, bool> predicate, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(predicate, ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store, no-cache";
        return TypedResults.Text(report.Status.ToString(), "text/plain",
            statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }
}
