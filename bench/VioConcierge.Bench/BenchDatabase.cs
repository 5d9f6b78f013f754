using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench;

/// <summary>
/// A throw-away database (<c>vio_bench_…</c>) created through the maintenance connection, migrated with the real
/// <see cref="MigrationRunner"/>, emptied between scenarios and dropped on dispose.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _maintenanceConnectionString;

    private BenchDatabase(string maintenanceConnectionString, string name)
    {
        _maintenanceConnectionString = maintenanceConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(maintenanceConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string maintenanceConnectionString, CancellationToken ct)
    {
        var name = "vio_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var database = new BenchDatabase(maintenanceConnectionString, name);
        await database.ExecuteOnMaintenanceAsync($"CREATE DATABASE \"{name}\"", ct);
        try
        {
            var options = new PostgresOptions { ConnectionString = database.ConnectionString };
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
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("TRUNCATE work_items", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE work_items", cancellationToken: ct));
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
        await ExecuteOnMaintenanceAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteOnMaintenanceAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_maintenanceConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: ct));
    }
}
