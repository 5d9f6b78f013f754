using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// Platform rows in tables whose tenant_id is NOT NULL (migration 0019: the platform tenant id) read as rows without
/// a tenant, and no tenant sees them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PlatformRowTests(ApiFixture api)
{
    [Fact]
    public async Task SuperAdminSignIn_IsAPlatformAuditEntryWithoutTenant_ThatNoTenantSees()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);

        var page = await (await root.Client.GetAsync($"/api/admin/audit?actorUserId={root.UserId}&action=user.logged_in")).ReadAsync();
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenant.TenantId, CancellationToken.None);
        var seenByTenant = await uow.QuerySingleAsync<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'user.logged_in' AND actor_user_id = @Root", new { Root = root.UserId }, CancellationToken.None);

        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
        Assert.All(page.GetProperty("items").EnumerateArray(), entry => Assert.Equal(JsonValueKind.Null, entry.GetProperty("tenantId").ValueKind));
        Assert.Equal(0, seenByTenant);
    }
}
