using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactSearchTests(ApiFixture api)
{
    private async Task<TenantSession> SeedAsync()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync(new { name = "John Smith", phone = "07700 900123", email = "john@gmail.com", appointmentTime = t.InDays(2), appointmentType = "Cut and colour", notes = "Allergic to latex gloves" });
        await t.CreateContactAsync(new { name = "Johnny Walker", phone = "+44 20 7946 0958", email = "jw@example.co.uk", appointmentTime = t.InDays(3), ownerName = "Dentith Jones" });
        await t.CreateContactAsync(new { name = "Sarah Jones", phone = "0161 496 0000", email = "sarah@gmail.com", appointmentTime = t.InDays(4), specialInstructions = "Use the side entrance" });
        return t;
    }

    [Theory]
    [InlineData("q=smi", new[] { "John Smith" })]
    [InlineData("q=JOHN", new[] { "John Smith", "Johnny Walker" })]
    [InlineData("q=%22john%20smith%22", new[] { "John Smith" })]
    [InlineData("q=john%20-smith", new[] { "Johnny Walker" })]
    [InlineData("q=email:%40gmail.com", new[] { "John Smith", "Sarah Jones" })]
    [InlineData("q=dent*", new[] { "Johnny Walker" })]
    [InlineData("q=owner:jones", new[] { "Johnny Walker" })]
    [InlineData("q=notes:latex", new[] { "John Smith" })]
    [InlineData("q=side%20entrance", new[] { "Sarah Jones" })]
    [InlineData("q=colour", new[] { "John Smith" })]
    public async Task Search_Operators_FindTheRightContacts(string query, string[] expected)
    {
        var t = await SeedAsync();

        var names = await t.NamesAsync(query + "&sort=name&order=asc");

        Assert.Equal(expected, names);
    }

    [Theory]
    [InlineData("07700%20900")]
    [InlineData("%2B44%207700%20900123")]
    [InlineData("7700900")]
    [InlineData("(0)7700-900")]
    public async Task Search_PhoneInAnyWrittenForm_FindsTheNumber(string phone)
    {
        var t = await SeedAsync();

        Assert.Equal(["John Smith"], await t.NamesAsync("q=" + phone));
    }

    [Theory]
    [InlineData("q=a")]
    [InlineData("q=foo:bar")]
    [InlineData("sort=colour")]
    [InlineData("status=maybe")]
    [InlineData("groupMode=some")]
    [InlineData("appointment=someday")]
    [InlineData("call=whenever")]
    [InlineData("lastContact=yesterday")]
    [InlineData("limit=0")]
    [InlineData("cursor=garbage")]
    public async Task List_BadParameter_Is400(string query)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync("/api/contacts?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_SortedByNameWithACursor_PagesThroughEveryoneOnce()
    {
        var t = await SeedAsync();

        var first = await (await t.Client.GetAsync("/api/contacts?sort=name&order=asc&limit=2")).ReadAsync();
        var second = await (await t.Client.GetAsync($"/api/contacts?sort=name&order=asc&limit=2&cursor={first.Str("nextCursor")}")).ReadAsync();
        var wrongSort = await t.Client.GetAsync($"/api/contacts?sort=appointment&limit=2&cursor={first.Str("nextCursor")}");

        Assert.Equal(3, first.GetProperty("total").GetInt64());
        var names = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(c => c.Str("name"));
        Assert.Equal(["John Smith", "Johnny Walker", "Sarah Jones"], names);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSort.StatusCode);
    }

    [Fact]
    public async Task List_FiltersCombineWithAnd()
    {
        var t = await SeedAsync();
        var all = await (await t.Client.GetAsync("/api/contacts?sort=name&order=asc")).ReadAsync();
        var sarah = all.GetProperty("items")[2].Str("id");
        await t.Client.PostJsonAsync($"/api/contacts/{sarah}/status", new { status = "confirmed" });
        var from = Uri.EscapeDataString(t.InDays(2.5));

        Assert.Equal(["Sarah Jones"], await t.NamesAsync("status=confirmed"));
        Assert.Equal(["Johnny Walker", "Sarah Jones"], await t.NamesAsync($"from={from}&sort=appointment&order=asc"));
        Assert.Equal(["Johnny Walker"], await t.NamesAsync($"from={from}&status=pending"));
        Assert.Equal(["John Smith", "Johnny Walker"], await t.NamesAsync("status=pending&q=john&sort=name&order=asc"));
        Assert.Equal(3, (await t.NamesAsync("lastContact=never")).Length);
        Assert.Empty(await t.NamesAsync("lastContact=week"));
    }
}
