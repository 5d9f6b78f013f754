using System.Globalization;
using System.Net;
using System.Text;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Contacts.ImportUploads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactImportLimitTests(ApiFixture api)
{
    [Fact]
    public async Task Import_MoreThanTenThousandRows_Is400NamingTheLimit()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.ImportAsync(ValidRows(api.Clock.GetUtcNow(), 10_001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10,000", (await response.ReadAsync()).Errors("file")[0], StringComparison.Ordinal);
        Assert.Empty(await t.NamesAsync(""));
    }

    [Fact]
    public async Task Import_FileOfSeveralMegabytes_IsAcceptedAboveTheHostsOneMegabyteDefault()
    {
        var t = await TenantSession.StartAsync(api);
        var day = IsoDay(api.Clock.GetUtcNow(), 4);
        var padding = new string('x', 300_000);
        var csv = new StringBuilder("Name,Phone,Appointment Date,Appointment Time,Unmapped Extra\r\n");
        for (var i = 0; i < 10; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Person {Letters(i)},{Mobile(i)},{day},10:00,{padding}\r\n");
        }

        var response = await t.Client.ImportAsync(csv.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, (await response.ReadAsync()).GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Import_FileAboveTenMegabytes_Is413()
    {
        var t = await TenantSession.StartAsync(api);
        var big = new byte[10 * 1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');

        var response = await t.Client.ImportAsync(big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
