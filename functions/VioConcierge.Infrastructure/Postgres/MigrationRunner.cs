using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Applies pending embedded migrations under a session advisory lock, so instances starting together apply each
/// migration exactly once. A changed checksum of an applied migration stops start-up.
/// </summary>
public sealed class MigrationRunner(PostgresOptions options, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x56696F436F6E63; // "VioConc"

    public static IReadOnlyList<Migration> Embedded { get; } = Migration.LoadEmbedded();

    public async Task<int> ApplyAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.MigrationsConnectionString ?? options.ConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: ct));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken: ct));
            var applied = (await connection.QueryAsync<(int Version, string Checksum)>(
                new CommandDefinition("SELECT version, checksum FROM schema_migrations", cancellationToken: ct)))
                .ToDictionary(row => row.Version, row => row.Checksum);

            var count = 0;
            foreach (var migration in Embedded)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new InvalidOperationException($"Migration {migration.Name} changed after it was applied.");
                    }
                    continue;
                }
                await ApplyOneAsync(connection, migration, ct);
                count++;
            }
            return count;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
        }
    }

    /// <summary>Whether every embedded migration has been applied (readiness).</summary>
    public static async Task<bool> IsUpToDateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: ct));
        if (!exists)
        {
            return false;
        }
        var latest = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT max(version) FROM schema_migrations", cancellationToken: ct));
        return latest >= Embedded[^1].Version;
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Platform scope: data changes inside a migration (backfills) must see every tenant's rows under forced RLS.
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT set_config('app.scope', 'platform', true)", transaction: transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)",
            migration, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        logger.LogInformation("Applied migration {Migration}", migration.Name);
    }
}
