using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Brings a fresh database to the schema just before one migration, recorded as the runner records them.</summary>
public static class MigrationsBefore
{
    public static async Task ApplyAsync(NpgsqlConnection owner, int version)
    {
        await owner.ExecuteAsync("""
            CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                                            applied_at timestamptz NOT NULL DEFAULT now())
            """);
        foreach (var migration in MigrationRunner.Embedded.Where(m => m.Version < version))
        {
            await using var transaction = await owner.BeginTransactionAsync();
            await owner.ExecuteAsync("SELECT set_config('app.scope', 'platform', true)", transaction: transaction);
            await owner.ExecuteAsync(migration.Sql, transaction: transaction);
            await owner.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)", migration, transaction);
            await transaction.CommitAsync();
        }
    }

    /// <summary>Applies the migrations not applied yet, as the app does at start-up; returns how many.</summary>
    public static Task<int> ApplyRemainingAsync(TestDatabase database) => new MigrationRunner(
        new PostgresOptions { ConnectionString = database.ConnectionString, MigrationsConnectionString = database.OwnerConnectionString },
        NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
}
