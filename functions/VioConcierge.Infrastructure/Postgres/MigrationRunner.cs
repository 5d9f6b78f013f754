using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Applies pending embedded migrations as the schema owner (<c>ConnectionStrings:PostgresMigrations</c>) under a
/// session advisory lock, so instances starting together apply each migration exactly once. A changed checksum of an
/// applied migration stops start-up, and so does an application connection that row-level security would not apply
/// to (<see cref="VerifyApplicationRoleAsync"/>).
/// </summary>
public sealed class MigrationRunner(PostgresOptions options, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x56696F436F6E63; // "VioConc"

    public static IReadOnlyList<Migration> Embedded { get; } = Migration.LoadEmbedded();

    public async Task<int> ApplyAsync(CancellationToken ct)
    {
        var count = await ApplyPendingAsync(ct);
        await using var application = PostgresDataSource.Plain(options.ConnectionString, options.Credential);
        await VerifyApplicationRoleAsync(application, ct);
        return count;
    }

    /// <summary>
    /// Throws unless the role <paramref name="application"/> connects as is one row-level security applies to: neither
    /// superuser nor BYPASSRLS, and neither the owner of the tenant tables nor a member of it (contacts do not FORCE
    /// their policy on the owner, whose search functions read past it: migration 0007). Also checks that the role may
    /// run those functions, so a database set up without the owner's default privileges fails here, not on a search.
    /// </summary>
    public static async Task VerifyApplicationRoleAsync(NpgsqlDataSource application, CancellationToken ct)
    {
        await using var connection = await application.OpenConnectionAsync(ct);
        var role = await connection.QuerySingleAsync<(string Name, bool Super, bool Bypass, bool Owner, bool Search)>(new CommandDefinition("""
            SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                   pg_has_role(current_user, c.relowner, 'MEMBER'),
                   has_function_privilege('contact_ids_like(text)', 'EXECUTE')
                   AND has_function_privilege('contact_ids_digits(text)', 'EXECUTE')
                   AND has_function_privilege('contact_ids_private(integer[])', 'EXECUTE')
                   AND has_function_privilege('contact_search_estimate(text[], text[])', 'EXECUTE')
            FROM pg_roles r, pg_class c
            WHERE r.rolname = current_user AND c.oid = 'contacts'::regclass
            """, cancellationToken: ct));
        if (role.Super || role.Bypass || role.Owner)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{PostgresOptions.ConnectionStringName} connects as {role.Name}, which "
                + (role.Owner ? "owns the tables (or is a member of their owner)" : "is a superuser or has BYPASSRLS")
                + ": row-level security would not apply to it. Connect as an application role that owns nothing and "
                + $"apply migrations as the owner through ConnectionStrings:{PostgresOptions.MigrationsConnectionStringName} "
                + "(scripts/postgres-setup.sh).");
        }
        if (!role.Search)
        {
            throw new InvalidOperationException(
                $"The application role {role.Name} may not execute the contact search functions: grant it EXECUTE on the "
                + "owner's functions (ALTER DEFAULT PRIVILEGES, see migration 0007 and scripts/postgres-setup.sh).");
        }
    }

    private async Task<int> ApplyPendingAsync(CancellationToken ct)
    {
        await using var owner = PostgresDataSource.Plain(options.MigrationsConnectionString, options.MigrationsCredential);
        await using var connection = await owner.OpenConnectionAsync(ct);
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
