using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// The rule that keeps the schema ready for a Citus cluster (docs/scale-out.md): every table with <c>tenant_id</c>
/// can be distributed by it (NOT NULL; every primary key, unique constraint, unique index and foreign key includes
/// it), and every table without it is a platform table listed here, a candidate reference table.
/// </summary>
public sealed class ScaleOutSchemaTests
{
    /// <summary>Tables without <c>tenant_id</c>: each would be a reference table (a copy on every node), and why.</summary>
    private static readonly Dictionary<string, string> PlatformTables = new()
    {
        ["tenants"] = "the tenant registry: every tenant table's tenant_id references it; small, read on every request",
        ["platform_call_slots"] = "platform-wide dialling slots (500 calls per minute): timestamps only, no tenant data",
        ["platform_call_counts"] = "per-second counts of platform_call_slots for the platform limit: no tenant data",
        ["calendar_webhook_routes"] = "integration id -> tenant, so a calendar webhook finds its tenant's shard",
        ["user_logins"] = "e-mail -> user and tenant: sign-in has no tenant, and an e-mail is unique on the whole platform",
        ["schema_migrations"] = "the migration runner's ledger: applied once per cluster by the owner",
    };

    [Fact]
    public async Task Catalog_EveryTenantTable_IsDistributableByTenantAndEveryOtherTableIsAListedPlatformTable()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new MigrationRunner(
            new PostgresOptions { ConnectionString = database.ConnectionString, MigrationsConnectionString = database.OwnerConnectionString },
            NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();

        var tables = await DistributionCatalog.TablesAsync(connection);
        var findings = await DistributionCatalog.FindingsAsync(connection, PlatformTables.Keys.ToHashSet());

        Assert.Contains(tables, table => table.Value);
        Assert.Equal(PlatformTables.Keys.Order(), tables.Where(table => !table.Value).Select(table => table.Key).Order());
        Assert.Empty(findings);
    }
}
