using Microsoft.Extensions.Configuration;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Database connection settings. <c>ConnectionStrings:Postgres</c> is the application role (no BYPASSRLS);
/// <c>ConnectionStrings:PostgresMigrations</c> optionally names a schema-owner role for migrations.
/// </summary>
public sealed class PostgresOptions
{
    public const string ConnectionStringName = "Postgres";
    public const string MigrationsConnectionStringName = "PostgresMigrations";

    public required string ConnectionString { get; init; }

    public string? MigrationsConnectionString { get; init; }

    public static PostgresOptions From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        }
        return new PostgresOptions
        {
            ConnectionString = connectionString,
            MigrationsConnectionString = configuration.GetConnectionString(MigrationsConnectionStringName),
        };
    }
}
