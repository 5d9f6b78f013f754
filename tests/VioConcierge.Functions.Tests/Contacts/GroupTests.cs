using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class GroupTests(ApiFixture api)
{
    [Fact]
    public async Task Group_NameIsUniquePerTenantInAnyCase_AndColourComesFromThePalette()
    {
        var t = await TenantSession.StartAsync(api);

        var created = await t.Client.PostJsonAsync("/api/groups", new { name = "VIP Clients", colour = "#22c55e", description = "Our best" });
        var duplicate = await t.Client.PostJsonAsync("/api/groups", new { name = "vip clients" });
        var badColour = await t.Client.PostJsonAsync("/api/groups", new { name = "Reds", colour = "#123456" });
        var longName = await t.Client.PostJsonAsync("/api/groups", new { name = new string('g', 51) });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("#22C55E", (await created.ReadAsync()).Str("colour"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.NotEmpty((await badColour.ReadAsync()).Errors("colour"));
        Assert.NotEmpty((await longName.ReadAsync()).Errors("name"));
    }

    [Fact]
    public async Task Members_AddRemoveAndGroupFilters_AnyAllExcludeUngrouped()
    {
        var t = await TenantSession.StartAsync(api);
        var a = (await t.CreateContactAsync("Alice Able")).Str("id");
        var b = (await t.CreateContactAsync("Bob Baker", "07700 900124")).Str("id");
        await t.CreateContactAsync("Cara Cole", "07700 900125");
        var vip = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "VIP", contactIds = new[] { a, b } })).ReadAsync()).Str("id");
        var late = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Often late" })).ReadAsync()).Str("id");
        var added = await (await t.Client.PostJsonAsync($"/api/groups/{late}/members", new { contactIds = new[] { a, a } })).ReadAsync();

        Assert.Equal(1, added.GetProperty("changed").GetInt32());
        Assert.Equal(["Alice Able", "Bob Baker"], await t.NamesAsync($"group={vip}&sort=name&order=asc"));
        Assert.Equal(["Alice Able"], await t.NamesAsync($"group={vip}&group={late}&groupMode=all"));
        Assert.Equal(["Alice Able", "Bob Baker"], await t.NamesAsync($"group={vip}&group={late}&groupMode=any&sort=name&order=asc"));
        Assert.Equal(["Cara Cole"], await t.NamesAsync($"group={vip}&groupMode=exclude"));
        Assert.Equal(["Cara Cole"], await t.NamesAsync("ungrouped=true"));

        var removed = await t.Client.SendJsonAsync(HttpMethod.Delete, $"/api/groups/{vip}/members", new { contactIds = new[] { b } });
        Assert.Equal(1, (await removed.ReadAsync()).GetProperty("memberCount").GetInt64());
    }

    [Fact]
    public async Task DeleteGroup_KeepsItsMembers_Ungrouped()
    {
        var t = await TenantSession.StartAsync(api);
        var a = (await t.CreateContactAsync("Alice Able")).Str("id");
        var vip = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "VIP", contactIds = new[] { a } })).ReadAsync()).Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await t.Client.DeleteAsync($"/api/groups/{vip}")).StatusCode);

        Assert.Equal(["Alice Able"], await t.NamesAsync("ungrouped=true"));
        Assert.Equal(HttpStatusCode.NotFound, (await t.Client.GetAsync($"/api/groups/{vip}")).StatusCode);
    }

    [Fact]
    public async Task Contact_WithUnknownGroup_Is400()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/contacts", new { name = "Gus Group", phone = "07700 900123", appointmentTime = t.InDays(2), groups = new[] { Guid.NewGuid() } });

        Assert.NotEmpty((await response.ReadAsync()).Errors("groups"));
    }
}
