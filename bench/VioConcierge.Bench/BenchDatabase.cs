using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench;

/// <summary>
/// A throw-away database (<c>vio_bench_…</c>) created through the owner role's maintenance connection, given the
/// application role's grants (<see cref="ApplicationRoleGrants"/>), migrated as the owner with the real
/// <see cref="MigrationRunner"/>, emptied between scenarios and dropped on dispose. The app runs as the application
/// role (<see cref="ConnectionString"/>), as in production.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _maintenanceConnectionString;

    private BenchDatabase(string maintenanceConnectionString, string appConnectionString, string name)
    {
        _maintenanceConnectionString = maintenanceConnectionString;
        Name = name;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(maintenanceConnectionString) { Database = name }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(appConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The application role: <c>ConnectionStrings:Postgres</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner of the database and its objects: <c>ConnectionStrings:PostgresMigrations</c>, VACUUM, TRUNCATE.</summary>
    public string OwnerConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string maintenanceConnectionString, string appConnectionString, CancellationToken ct)
    {
        var name = "vio_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var database = new BenchDatabase(maintenanceConnectionString, appConnectionString, name);
        await database.ExecuteOnMaintenanceAsync($"CREATE DATABASE \"{name}\"", ct);
        try
        {
            var applicationRole = new NpgsqlConnectionStringBuilder(appConnectionString).Username
                ?? throw new InvalidOperationException("The app connection names no user.");
            await using (var connection = new NpgsqlConnection(database.OwnerConnectionString))
            {
                await connection.OpenAsync(ct);
                await connection.ExecuteAsync(new CommandDefinition(ApplicationRoleGrants.Sql(name, applicationRole), cancellationToken: ct));
            }
            var options = new PostgresOptions { ConnectionString = database.ConnectionString, MigrationsConnectionString = database.OwnerConnectionString };
            await new MigrationRunner(options, NullLogger<MigrationRunner>.Instance).ApplyAsync(ct);
            return database;
        }
        catch (Exception)
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Empties the work queue so each scenario starts from a clean table.</summary>
    public async Task ResetAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("TRUNCATE work_items", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE work_items", cancellationToken: ct));
    }

    /// <summary>
    /// <c>VACUUM (ANALYZE)</c> of the whole database as the owner (the only role allowed to): the statistics and the
    /// visibility map autovacuum would keep.
    /// </summary>
    public async Task VacuumAnalyzeAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("VACUUM (ANALYZE)", commandTimeout: 600, cancellationToken: ct));
    }

    public async Task<string> ServerVersionAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection.PostgreSqlVersion.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await WaitForSessionsToEndAsync();
        await ExecuteOnMaintenanceAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
    }

    /// <summary>
    /// Closed connections' server processes take a moment to exit; FORCE would try to terminate them, which the owner
    /// role may not do to the application role's sessions. Waits up to 10 s for them to go.
    /// </summary>
    private async Task WaitForSessionsToEndAsync()
    {
        await using var connection = new NpgsqlConnection(_maintenanceConnectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 100; i++)
        {
            var sessions = await connection.QuerySingleAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = @Name AND pid <> pg_backend_pid()", new { Name });
            if (sessions == 0)
            {
                return;
            }
            await Task.Delay(100);
        }
    }

    private async Task ExecuteOnMaintenanceAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_maintenanceConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: ct));
    }
}
