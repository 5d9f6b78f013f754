using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>Applies pending migrations before the host starts serving (runs first among hosted services).</summary>
public sealed class DatabaseMigrationService(MigrationRunner runner, ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await runner.ApplyAsync(cancellationToken);
        logger.LogInformation("Database schema is current ({Applied} migrations applied now)", applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
