using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class BulkActionTests(ApiFixture api)
{
    private static async Task<string[]> SeedAsync(TenantSession t, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await t.CreateContactAsync($"Person {(char)('A' + i)}", $"07700 90{i:D4}")).Str("id"));
        }
        return [.. ids];
    }

    [Fact]
    public async Task StatusByIds_ChangesThoseNotAlreadyInIt_AndAuditsOneBulkEntryPlusOnePerContact()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(t, 3);
        await t.Client.PostJsonAsync($"/api/contacts/{ids[0]}/status", new { status = "confirmed" });

        var response = await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "status", ids, status = "confirmed", reason = "Called from the front desk" });

        var body = await response.ReadAsync();
        Assert.Equal((3, 2), (body.GetProperty("matched").GetInt32(), body.GetProperty("changed").GetInt32()));
        Assert.Equal(3, (await t.NamesAsync("status=confirmed")).Length);
        var root = await api.SuperAdminAsync();
        var perContact = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.status_changed")).ReadAsync();
        var bulk = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.bulk_action")).ReadAsync();
        Assert.Equal(3, perContact.GetProperty("total").GetInt64());
        Assert.Equal(2, Assert.Single(bulk.GetProperty("items").EnumerateArray()).GetProperty("changes").GetProperty("changed").GetProperty("after").GetInt32());
    }

    [Fact]
    public async Task DeleteByFilter_DeletesOnlyWhatTheFilterMatches()
    {
        var t = await TenantSession.StartAsync(api);
        await SeedAsync(t, 3);
        await t.CreateContactAsync("Keep Smith", "07700 900999");

        var response = await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "delete", filter = new { q = "person", status = new[] { "pending" } } });

        Assert.Equal(3, (await response.ReadAsync()).GetProperty("changed").GetInt32());
        Assert.Equal(["Keep Smith"], await t.NamesAsync(""));
    }

    [Fact]
    public async Task GroupActions_AddRemoveAndReplace()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(t, 2);
        var vip = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "VIP" })).ReadAsync()).Str("id");
        var late = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Late" })).ReadAsync()).Str("id");

        await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "addToGroups", ids, groupIds = new[] { vip, late } });
        Assert.Equal(2, (await t.NamesAsync($"group={vip}&group={late}&groupMode=all")).Length);

        await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "replaceGroups", ids = new[] { ids[0] }, groupIds = new[] { late } });
        Assert.Equal(["Person B"], await t.NamesAsync($"group={vip}"));

        await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "removeFromGroups", ids, groupIds = new[] { late } });
        Assert.Equal(["Person A"], await t.NamesAsync("ungrouped=true"));
    }

    [Theory]
    [InlineData("{\"action\":\"explode\",\"ids\":[\"8b1e7a52-6f5a-4c8e-9e39-8f6f2f0a1b2c\"]}", "action")]
    [InlineData("{\"action\":\"delete\"}", "ids")]
    [InlineData("{\"action\":\"delete\",\"ids\":[],\"filter\":{}}", "ids")]
    [InlineData("{\"action\":\"status\",\"ids\":[\"8b1e7a52-6f5a-4c8e-9e39-8f6f2f0a1b2c\"],\"status\":\"maybe\"}", "status")]
    [InlineData("{\"action\":\"status\",\"ids\":[\"8b1e7a52-6f5a-4c8e-9e39-8f6f2f0a1b2c\"],\"status\":\"pending\"}", "status")]
    [InlineData("{\"action\":\"addToGroups\",\"ids\":[\"8b1e7a52-6f5a-4c8e-9e39-8f6f2f0a1b2c\"]}", "groupIds")]
    [InlineData("{\"action\":\"delete\",\"filter\":{\"status\":[\"maybe\"]}}", "filter.status")]
    public async Task Bulk_InvalidRequest_Is400NamingTheField(string json, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostRawAsync("/api/contacts/bulk", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task Bulk_MoreThanTenThousandIds_Is400()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = Enumerable.Range(0, 10_001).Select(_ => Guid.NewGuid()).ToArray();

        var response = await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "delete", ids });

        Assert.NotEmpty((await response.ReadAsync()).Errors("ids"));
    }

    [Fact]
    public async Task Bulk_WithAnUnknownGroup_ChangesNothing()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(t, 2);
        var vip = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "VIP" })).ReadAsync()).Str("id");

        var response = await t.Client.PostJsonAsync("/api/contacts/bulk", new { action = "addToGroups", ids, groupIds = new[] { vip, Guid.NewGuid().ToString() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, (await t.NamesAsync("ungrouped=true")).Length);
    }

    [Fact]
    public async Task Bulk_StaffAre403_AndAnotherTenantsIdsMatchNothing()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(a, 2);
        var staff = await api.SignInAsync(await api.AddStaffAsync(a.Tenant.TenantId), TestUsers.StaffPassword);

        var asStaff = await staff.Client.PostJsonAsync("/api/contacts/bulk", new { action = "delete", ids });
        var crossTenant = await (await b.Client.PostJsonAsync("/api/contacts/bulk", new { action = "delete", ids })).ReadAsync();

        Assert.Equal(HttpStatusCode.Forbidden, asStaff.StatusCode);
        Assert.Equal(0, crossTenant.GetProperty("matched").GetInt32());
        Assert.Equal(2, (await a.NamesAsync("")).Length);
    }
}
