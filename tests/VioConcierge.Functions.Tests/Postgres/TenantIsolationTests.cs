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
        var forced = await connection.QueryAsync<string>(
            "SELECT relname FROM pg_class WHERE relname IN ('tenants','users','sessions','audit_log','work_items','user_backup_codes') AND relforcerowsecurity");

        Assert.False(role.Super);
        Assert.False(role.Bypass);
        Assert.Equal(6, forced.Count());
    }

    [Fact]
    public async Task ConnectionWithNoScope_SeesNoTenantRows()
    {
        await using var connection = await api.Database.OpenAsync();

        var users = await connection.QuerySingleAsync<long>("SELECT count(*) FROM users");

        Assert.Equal(0, users);
    }
}
