using System.Net;
using Dapper;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

[Collection(ApiCollection.Name)]
public sealed class TenantIsolationTests(ApiFixture api)
{
    [Fact]
    public async Task ClientAdminOfA_RevokingASessionOfB_Gets404AndBStaysSignedIn()
    {
        var root = await api.SuperAdminAsync();
        var a = await api.CreateTenantAsync(root);
        var b = await api.CreateTenantAsync(root);
        var adminA = await api.SignInAsync(a.AdminEmail, a.AdminPassword);
        var adminB = await api.SignInAsync(b.AdminEmail, b.AdminPassword);
        var sessionOfB = (await (await adminB.Client.GetAsync("/api/me/sessions")).ReadAsync())[0].Str("id");

        var response = await adminA.Client.DeleteAsync($"/api/me/sessions/{sessionOfB}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminB.Client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TenantScope_QueryWithoutTenantFilter_SeesNothingOfAnotherTenant()
    {
        var root = await api.SuperAdminAsync();
        var a = await api.CreateTenantAsync(root);
        var b = await api.CreateTenantAsync(root);
        await api.SignInAsync(b.AdminEmail, b.AdminPassword);
        var database = api.Service<Database>();

        await using var uow = await database.BeginTenantAsync(a.TenantId, CancellationToken.None);
        var userTenants = (await uow.QueryAsync<Guid?>("SELECT tenant_id FROM users", null, CancellationToken.None)).ToList();
        var tenantIds = (await uow.QueryAsync<Guid>("SELECT id FROM tenants", null, CancellationToken.None)).ToList();
        var sessionsOfB = await uow.QuerySingleAsync<long>("SELECT count(*) FROM sessions WHERE tenant_id = @B", new { B = b.TenantId }, CancellationToken.None);
        var auditOfB = await uow.QuerySingleAsync<long>("SELECT count(*) FROM audit_log WHERE tenant_id = @B", new { B = b.TenantId }, CancellationToken.None);

        Assert.NotEmpty(userTenants);
        Assert.All(userTenants, tenant => Assert.Equal(a.TenantId, tenant));
        Assert.Equal([a.TenantId], tenantIds);
        Assert.Equal(0, sessionsOfB);
        Assert.Equal(0, auditOfB);
    }

    [Fact]
    public async Task TenantScope_WritingARowForAnotherTenant_IsRefusedByThePolicy()
    {
        var root = await api.SuperAdminAsync();
        var a = await api.CreateTenantAsync(root);
        var b = await api.CreateTenantAsync(root);

        await using var uow = await api.Service<Database>().BeginTenantAsync(a.TenantId, CancellationToken.None);
        var error = await Assert.ThrowsAsync<PostgresException>(() => uow.ExecuteAsync(
            "INSERT INTO audit_log (tenant_id, id, occurred_at, action, target_type) VALUES (@B, gen_random_uuid(), now(), 'x', 'y')",
            new { B = b.TenantId }, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task ApplicationRole_HasNeitherSuperuserNorBypassRls()
    {
        await using var connection = await api.Database.OpenAsync();

        var role = await connection.QuerySingleAsync<(bool Super, bool Bypass)>(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
        var tables = (await connection.QueryAsync<(string Name, bool Owned, bool Enabled, bool Forced)>("""
            SELECT c.relname, pg_has_role(current_user, c.relowner, 'MEMBER'), c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
              AND (c.relname = 'tenants' OR EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
            """)).ToList();

        Assert.False(role.Super);
        Assert.False(role.Bypass);
        Assert.Contains(tables, table => table.Name == "contacts");
        Assert.Contains(tables, table => table.Name == "work_items");
        Assert.All(tables, table => Assert.False(table.Owned, $"the application role owns {table.Name}"));
        Assert.All(tables, table => Assert.True(table.Enabled, $"{table.Name} has no row-level security"));
        // The owner reads contacts past the policy in the search functions (migration 0007); every other table forces it.
        Assert.Equal(["contacts"], tables.Where(table => !table.Forced).Select(table => table.Name));
    }

    [Fact]
    public async Task SearchFunctions_AnswerOnlyInTenantScopeWithThatTenantsContacts()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        await a.CreateContactAsync("Quenby Xylander", phone: "07700 900481");
        var database = api.Service<Database>();
        const string query = """
            SELECT (SELECT count(*) FROM contact_ids_like(@Pattern)) + (SELECT count(*) FROM contact_ids_digits('%7700900481%'))
                + (SELECT count(*) FROM contact_search_estimate(ARRAY[@Pattern], '{}') AS e WHERE e IS NOT NULL)
            """;
        var pattern = new { Pattern = "%quenby xyl%" };

        async Task<long> CountAsync(Task<UnitOfWork> begin)
        {
            await using var uow = await begin;
            return await uow.QuerySingleAsync<long>(query, pattern, CancellationToken.None);
        }
        await using var unscoped = await api.Database.OpenAsync();

        // A: the contact by name and by digits, and an estimate; B: only the estimate; platform or no scope: nothing.
        Assert.Equal(3, await CountAsync(database.BeginTenantAsync(a.Tenant.TenantId, CancellationToken.None)));
        Assert.Equal(1, await CountAsync(database.BeginTenantAsync(b.Tenant.TenantId, CancellationToken.None)));
        Assert.Equal(0, await CountAsync(database.BeginPlatformAsync(CancellationToken.None)));
        Assert.Equal(0, await unscoped.QuerySingleAsync<long>(query, pattern));
    }

    [Fact]
    public async Task ConnectionWithNoScope_SeesNoTenantRows()
    {
        await using var connection = await api.Database.OpenAsync();

        var users = await connection.QuerySingleAsync<long>("SELECT count(*) FROM users");

        Assert.Equal(0, users);
    }
}
