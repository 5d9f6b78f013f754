using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>Numbers far outside what a field means are a 400 naming the field, never an overflow inside the host.</summary>
[Collection(ApiCollection.Name)]
public sealed class NumericBoundsTests(ApiFixture api)
{
    [Theory]
    [InlineData("/api/contacts?lastContactDays=99999999")]
    [InlineData("/api/contacts?lastContactDays=0")]
    [InlineData("/api/contacts?lastContactDays=-5")]
    [InlineData("/api/contacts/export?lastContactDays=99999999")]
    public async Task LastContactDays_OutsideOneToTenYears_Is400NamingIt(string url)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("lastContactDays"));
    }

    [Fact]
    public async Task BulkFilter_LastContactDaysOutOfRange_Is400NamingIt()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync("Ann Jones");

        var response = await t.Client.PostJsonAsync("/api/contacts/bulk",
            new { action = "status", filter = new { lastContactDays = 99999999 }, status = "cancelled", reason = "The practice is closing for the holidays." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("filter.lastContactDays"));
    }

    [Fact]
    public async Task LastContactDays_AtTheBounds_IsAccepted()
    {
        var t = await TenantSession.StartAsync(api);

        Assert.Equal(HttpStatusCode.OK, (await t.Client.GetAsync("/api/contacts?lastContactDays=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await t.Client.GetAsync("/api/contacts?lastContactDays=3650")).StatusCode);
    }
}
