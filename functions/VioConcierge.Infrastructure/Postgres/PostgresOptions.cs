using Microsoft.Extensions.Configuration;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Database connection settings, one per role (migration 0007 and scripts/postgres-setup.sh explain the split).
/// <c>ConnectionStrings:Postgres</c> is the application role: no superuser, no BYPASSRLS, owns nothing, DML rights
/// only, so row-level security applies to it. <c>ConnectionStrings:PostgresMigrations</c> is the schema owner, used
/// only to apply migrations.
/// </summary>
public sealed class PostgresOptions
{
    public const string ConnectionStringName = "Postgres";
    public const string MigrationsConnectionStringName = "PostgresMigrations";

    public required string ConnectionString { get; init; }

    public required string MigrationsConnectionString { get; init; }

    public static PostgresOptions From(IConfiguration configuration) => new()
    {
        ConnectionString = Required(configuration, ConnectionStringName),
        MigrationsConnectionString = Required(configuration, MigrationsConnectionStringName),
    };

    private static string Required(IConfiguration configuration, string name)
    {
        var connectionString = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:{name} is not set.")
            : connectionString;
    }
}
