using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>Ready when the database answers and every embedded migration has been applied.</summary>
public sealed class DatabaseReadyHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return await MigrationRunner.IsUpToDateAsync(connection, cancellationToken)
                ? HealthCheckResult.Healthy("Database reachable; migrations applied.")
                : HealthCheckResult.Unhealthy("Database migrations are pending.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", exception);
        }
    }
}
