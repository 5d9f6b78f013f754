using Dapper;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>Migrations 0019, 0035 and 0036 on a database that already holds rows: what existed keeps working.</summary>
public sealed class TenantKeysMigrationTests
{
    private const int TenantKeys = 19;
    private const int WorkItemKeys = 35;
    private const int IdentityKeys = 36;

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

    [Fact]
    public async Task Apply_OverQueuedWork_GivesPlatformWorkThePlatformTenant_AndQueuedKeysStillDeduplicate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await MigrationsBefore.ApplyAsync(owner, WorkItemKeys);
        var tenant = Guid.NewGuid();
        await owner.ExecuteAsync("""
            SELECT set_config('app.scope', 'platform', false);
            INSERT INTO tenants (id, name, business_type, created_at, updated_at) VALUES (@Tenant, 'Before 0035', 'general', now(), now());
            INSERT INTO work_items (tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key, created_at, updated_at) VALUES
                (NULL, gen_random_uuid(), 'notifications.platform', '{}', now(), 5, 'platform:before', now(), now()),
                (@Tenant, gen_random_uuid(), 'reminders.timer', '{}', now(), 5, 'reminder:before', now(), now());
            """, new { Tenant = tenant });

        await MigrationsBefore.ApplyRemainingAsync(database);
        var tenants = (await owner.QueryAsync<Guid>("SELECT tenant_id FROM work_items ORDER BY dedupe_key")).ToList();
        // The app's own insert, for the same keys again: nothing is queued twice.
        var platformAgain = await EnqueueAsync(owner, PlatformTenant.Id, "platform:before");
        var tenantAgain = await EnqueueAsync(owner, tenant, "reminder:before");

        Assert.Equal([PlatformTenant.Id, tenant], tenants);
        Assert.Null(platformAgain);
        Assert.Null(tenantAgain);
        Assert.Equal(2, await owner.ExecuteScalarAsync<long>("SELECT count(*) FROM work_items"));
    }

    [Fact]
    public async Task Apply_OverUsersAndSessions_KeepsSuperAdminsOnThePlatform_AndEmailsUniqueAcrossTenants()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await MigrationsBefore.ApplyAsync(owner, IdentityKeys);
        var (tenant, other, root, admin) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await owner.ExecuteAsync("""
            SELECT set_config('app.scope', 'platform', false);
            INSERT INTO tenants (id, name, business_type, created_at, updated_at) VALUES
                (@Tenant, 'Before 0036', 'general', now(), now()), (@Other, 'Other before 0036', 'general', now(), now());
            INSERT INTO users (tenant_id, id, email, full_name, role, password_hash, password_changed_at, created_at, updated_at) VALUES
                (NULL, @Root, 'Root@Example.test', 'Root', 'super_admin', 'x', now(), now(), now()),
                (@Tenant, @Admin, 'admin@example.test', 'Admin', 'client_admin', 'x', now(), now(), now());
            INSERT INTO sessions (tenant_id, id, user_id, refresh_token_hash, two_factor_verified, idle_timeout_minutes, created_at, last_seen_at, expires_at)
            VALUES (NULL, gen_random_uuid(), @Root, '\x01', true, 60, now(), now(), now() + interval '1 day'),
                   (@Tenant, gen_random_uuid(), @Admin, '\x02', false, 60, now(), now(), now() + interval '1 day');
            INSERT INTO user_backup_codes (tenant_id, user_id, code_hash, created_at) VALUES (NULL, @Root, '\x03', now());
            """, new { Tenant = tenant, Other = other, Root = root, Admin = admin });

        await MigrationsBefore.ApplyRemainingAsync(database);
        var users = (await owner.QueryAsync<(Guid Id, Guid TenantId)>("SELECT id, tenant_id FROM users")).ToDictionary(row => row.Id, row => row.TenantId);
        var rootRows = await owner.QuerySingleAsync<long>(
            "SELECT (SELECT count(*) FROM sessions WHERE tenant_id = @Platform) + (SELECT count(*) FROM user_backup_codes WHERE tenant_id = @Platform)",
            new { Platform = PlatformTenant.Id });
        // The same e-mail again, in another tenant and in another case: refused, as the old unique index did.
        var again = await Assert.ThrowsAsync<PostgresException>(() => owner.ExecuteAsync("""
            INSERT INTO users (tenant_id, id, email, full_name, role, password_hash, password_changed_at, created_at, updated_at)
            VALUES (@Other, gen_random_uuid(), 'ADMIN@example.test', 'Copy', 'client_admin', 'x', now(), now(), now())
            """, new { Other = other }));
        // A renamed user frees the old e-mail and takes the new one.
        await owner.ExecuteAsync("UPDATE users SET email = 'renamed@example.test' WHERE id = @Admin", new { Admin = admin });
        await owner.ExecuteAsync("""
            INSERT INTO users (tenant_id, id, email, full_name, role, password_hash, password_changed_at, created_at, updated_at)
            VALUES (@Other, gen_random_uuid(), 'admin@example.test', 'New owner', 'client_admin', 'x', now(), now(), now())
            """, new { Other = other });

        Assert.Equal(PlatformTenant.Id, users[root]);
        Assert.Equal(tenant, users[admin]);
        Assert.Equal(2, rootRows);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, again.SqlState);
        Assert.Equal(["admin@example.test", "renamed@example.test", "root@example.test"],
            (await owner.QueryAsync<string>("SELECT email FROM user_logins ORDER BY email")).ToList());
    }

    private static Task<Guid?> EnqueueAsync(NpgsqlConnection owner, Guid tenantId, string dedupeKey) =>
        owner.QuerySingleOrDefaultAsync<Guid?>(VioConcierge.Infrastructure.Work.PostgresWorkQueue.InsertSql("(VALUES (1))"),
            new VioConcierge.Infrastructure.Work.WorkItemParameters(tenantId, Guid.NewGuid(), "test.again", "{}", DateTimeOffset.UtcNow, 5, dedupeKey, DateTimeOffset.UtcNow));
}
