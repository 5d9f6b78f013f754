using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactAccessTests(ApiFixture api)
{
    [Fact]
    public async Task Staff_CanCreateAndEditTheirOwn_ButNotDeleteOrEditOthers()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var adminsContact = (await t.CreateContactAsync("Admin Made")).Str("id");
        var own = (await t.CreateContactAsync(new { name = "Staff Made", phone = "07700 900124", appointmentTime = t.InDays(2) }, staff.Client)).Str("id");

        Assert.Equal(HttpStatusCode.OK, (await staff.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{own}", new { ownerName = "Sam" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{adminsContact}", new { ownerName = "Sam" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.DeleteAsync($"/api/contacts/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.PostJsonAsync("/api/groups", new { name = "Staff group" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync($"/api/contacts/{adminsContact}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance",
            new { hipaaMode = false, complianceLevel = "basic", phiDetection = false, phiAction = "warn" })).StatusCode);
    }

    [Fact]
    public async Task AnotherTenantsContactsAndGroups_Are404OnEveryRoute()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var contact = (await a.CreateContactAsync("Only In A")).Str("id");
        var group = (await (await a.Client.PostJsonAsync("/api/groups", new { name = "A group" })).ReadAsync()).Str("id");
        var bGroup = (await (await b.Client.PostJsonAsync("/api/groups", new { name = "B group" })).ReadAsync()).Str("id");

        var responses = new[]
        {
            await b.Client.GetAsync($"/api/contacts/{contact}"),
            await b.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{contact}", new { name = "Stolen Name" }),
            await b.Client.PostJsonAsync($"/api/contacts/{contact}/status", new { status = "cancelled" }),
            await b.Client.DeleteAsync($"/api/contacts/{contact}"),
            await b.Client.PostAsync($"/api/contacts/{contact}/restore", null),
            await b.Client.GetAsync($"/api/groups/{group}"),
            await b.Client.SendJsonAsync(HttpMethod.Patch, $"/api/groups/{group}", new { name = "Stolen" }),
            await b.Client.DeleteAsync($"/api/groups/{group}"),
            await b.Client.PostJsonAsync($"/api/groups/{group}/members", new { contactIds = new[] { contact } }),
        };
        var crossAdd = await (await b.Client.PostJsonAsync($"/api/groups/{bGroup}/members", new { contactIds = new[] { contact } })).ReadAsync();

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Equal(0, crossAdd.GetProperty("changed").GetInt32());
        Assert.Empty(await b.NamesAsync(""));
        Assert.Equal(["Only In A"], await a.NamesAsync(""));
        Assert.Equal("A group", (await (await a.Client.GetAsync($"/api/groups/{group}")).ReadAsync()).Str("name"));
    }
}
