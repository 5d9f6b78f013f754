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
}
