using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

/// <summary>
/// A search the search functions narrow counts its total while reading the page (count(*) OVER ()); the total stays
/// that of the whole search on every page, also when a cursor leaves the page empty (a separate count then).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContactSearchPagingTests(ApiFixture api)
{
    [Fact]
    public async Task NarrowedSearch_PagedWithACursor_KeepsTheWholeTotal()
    {
        var t = await TenantSession.StartAsync(api);
        foreach (var name in new[] { "Jolene Parker", "John Smith", "Johnny Walker", "Sarah Jones" })
        {
            await t.CreateContactAsync(name);
        }

        var first = await PageAsync(t, "q=joh&sort=name&order=asc&limit=1");
        var second = await PageAsync(t, $"q=joh&sort=name&order=asc&limit=1&cursor={first.Str("nextCursor")}");
        var unfiltered = await PageAsync(t, "sort=name&order=asc&limit=3");
        var afterTheLastMatch = await PageAsync(t, $"q=joh&sort=name&order=asc&limit=1&cursor={unfiltered.Str("nextCursor")}");
        var none = await PageAsync(t, "q=xylophone");

        Assert.Equal("John Smith;Johnny Walker;;", string.Join(';', new[] { first, second, afterTheLastMatch, none }.Select(Names)));
        Assert.Equal([2L, 2L, 2L, 0L], new[] { first, second, afterTheLastMatch, none }.Select(page => page.GetProperty("total").GetInt64()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private static async Task<JsonElement> PageAsync(TenantSession t, string query)
    {
        var response = await t.Client.GetAsync("/api/contacts?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    private static string Names(JsonElement page) => string.Join(',', page.GetProperty("items").EnumerateArray().Select(c => c.Str("name")));
}
