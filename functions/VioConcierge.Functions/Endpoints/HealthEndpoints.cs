using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Liveness (the process answers) and readiness (database reachable, migrations applied).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
