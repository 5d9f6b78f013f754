using Dapper;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>Migration 0019 on a database that already holds rows: what existed keeps working.</summary>
public sealed class TenantKeysMigrationTests
{
    private const int TenantKeys = 19;

    [Fact]
    public async Task Apply_OverExistingRows_RoutesOldIntegrationsAndGivesPlatformAuditEntriesThePlatformTenant()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await MigrationsBefore.ApplyAsync(owner, TenantKeys);
        var tenant = Guid.NewGuid();
        var integration = Guid.NewGuid();
        await owner.ExecuteAsync("""
            SELECT set_config('app.scope', 'platform', false);
            INSERT INTO tenants (id, name, business_type, created_at, updated_at) VALUES (@Tenant, 'Before 0019', 'general', now(), now());
            INSERT INTO calendar_integrations (id, tenant_id, provider, enabled, settings, version, created_at, updated_at)
            VALUES (@Integration, @Tenant, 'calcom', true, '{}', 1, now(), now());
            INSERT INTO audit_log (tenant_id, id, occurred_at, action, target_type) VALUES (NULL, gen_random_uuid(), now(), 'user.logged_in', 'user');
            """, new { Tenant = tenant, Integration = integration });

        var applied = await MigrationsBefore.ApplyRemainingAsync(database);
        var routed = await owner.QuerySingleOrDefaultAsync<Guid?>("SELECT tenant_id FROM calendar_integration_by_id(@Integration)", new { Integration = integration });
        var auditTenants = (await owner.QueryAsync<Guid>("SELECT tenant_id FROM audit_log")).ToList();

        Assert.Equal(MigrationRunner.Embedded.Count(m => m.Version >= TenantKeys), applied);
        Assert.Equal(tenant, routed);
        Assert.Equal([PlatformTenant.Id], auditTenants);
    }
}
