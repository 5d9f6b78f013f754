using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Business;

/// <summary>What /api/settings/business refuses: bad values (400 naming each), taken names and stale versions (409), other roles (403).</summary>
[Collection(ApiCollection.Name)]
public sealed class BusinessProfileGuardTests(ApiFixture api)
{
    [Fact]
    public async Task Patch_BadValues_Is400NamingEveryField_AndChangesNothing()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PatchProfileAsync(new
        {
            legalName = " ",
            tradingName = "X",
            businessType = "zoo",
            industryCategory = new string('i', 101),
            phone = "0800 123 4567",
            email = "desk-at-example",
            website = "ftp://files.example.com",
            address = new { street = "", city = "London", postalCode = "SW1A 1AAA", country = "France" },
            timezone = "Mars/Olympus",
            operatingSchedule = new
            {
                monday = new { open = "17:00", close = "09:00" }, tuesday = new { open = "9am", close = "17:00" },
                wednesday = new { open = "09:00" }, thursday = new { open = "09:00", close = "17:00" },
                friday = new { open = "09:00", close = "17:00" }, saturday = new { closed = true },
            },
            sessionIdleTimeoutHours = 5,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        string[] fields =
        [
            "legalName", "tradingName", "businessType", "industryCategory", "phone", "email", "website", "address.street",
            "address.postalCode", "address.country", "timezone", "operatingSchedule.monday.close", "operatingSchedule.tuesday.open",
            "operatingSchedule.wednesday.close", "operatingSchedule.sunday", "sessionIdleTimeoutHours",
        ];
        Assert.All(fields, field => Assert.NotEmpty(problem.Errors(field)));
        Assert.Equal(0, (await t.Client.ProfileAsync()).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("""{"phone":""}""", "phone")]
    [InlineData("""{"email":""}""", "email")]
    [InlineData("""{"legalName":""}""", "legalName")]
    [InlineData("""{"address":{"city":"Leeds","postalCode":"LS1 4AP"}}""", "address.street")]
    [InlineData("""{"colour":"blue"}""", "colour")]
    [InlineData("""{"bankHolidayRegion":"wales"}""", "bankHolidayRegion")]
    [InlineData("""{"sessionIdleTimeoutHours":"eight"}""", "sessionIdleTimeoutHours")]
    public async Task Patch_RequiredCleared_UnknownFieldOrWrongType_Is400NamingIt(string body, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, BusinessProfileRequests.Url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task Patch_ANameAnotherTenantUses_AsLegalOrTradingName_AnyCase_Is409()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var s = BusinessProfileTests.Suffix();
        Assert.Equal(HttpStatusCode.OK, (await a.Client.PatchProfileAsync(new { tradingName = $"Bright Smiles {s}" })).StatusCode);

        var legalTaken = await b.Client.PatchProfileAsync(new { legalName = a.Tenant.Name.ToUpperInvariant() });
        var tradingTaken = await b.Client.PatchProfileAsync(new { tradingName = $"bright smiles {s}" });
        var tradingIsOthersLegal = await b.Client.PatchProfileAsync(new { tradingName = a.Tenant.Name });
        var legalIsOthersTrading = await b.Client.PatchProfileAsync(new { legalName = $"BRIGHT SMILES {s}" });
        var ownNameRecased = await a.Client.PatchProfileAsync(new { legalName = a.Tenant.Name.ToLowerInvariant(), tradingName = a.Tenant.Name });

        Assert.All([legalTaken, tradingTaken, tradingIsOthersLegal, legalIsOthersTrading], response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(HttpStatusCode.OK, ownNameRecased.StatusCode);
        Assert.Equal(b.Tenant.Name, (await b.Client.ProfileAsync()).Str("legalName"));
    }

    [Fact]
    public async Task Onboarding_ANameATenantTradesUnder_Is409()
    {
        var a = await TenantSession.StartAsync(api);
        var root = await api.SuperAdminAsync();
        var trading = $"Trading As {BusinessProfileTests.Suffix()}";
        await a.Client.PatchProfileAsync(new { tradingName = trading });

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name = trading.ToLowerInvariant(), businessType = "salon", admin = new { fullName = "Jo Bloggs", email = $"{BusinessProfileTests.Suffix()}@tenant.test" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Patch_WithAStaleIfMatchOrVersion_Is409AndChangesNothing_TheCurrentOneSaves()
    {
        var t = await TenantSession.StartAsync(api);
        var first = await t.Client.PatchProfileAsync(new { industryCategory = "Orthodontics" });
        var etag = first.Headers.ETag!.Tag;
        await t.Client.PatchProfileAsync(new { industryCategory = "Hygiene" }, etag);

        var staleHeader = await t.Client.PatchProfileAsync(new { industryCategory = "Overwritten" }, etag);
        var staleBody = await t.Client.PatchProfileAsync(new { industryCategory = "Overwritten", version = 1 });
        var malformed = await t.Client.PatchProfileAsync(new { industryCategory = "Overwritten" }, "\"abc\"");
        var current = await t.Client.PatchProfileAsync(new { industryCategory = "Implants" }, "\"2\"");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (staleHeader.StatusCode, staleBody.StatusCode));
        Assert.NotEmpty((await malformed.ReadAsync()).Errors("If-Match"));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(("Implants", 3), ((await t.Client.ProfileAsync()).Str("industryCategory"), (await t.Client.ProfileAsync()).GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task StaffAndSuperAdmins_Get403_OnEveryVerb()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var root = await api.SuperAdminAsync();

        foreach (var client in new[] { staff.Client, root.Client })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(BusinessProfileRequests.Url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchProfileAsync(new { industryCategory = "Taken over" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchProfileAsync(new { industryCategory = "Taken over" }, method: HttpMethod.Put)).StatusCode);
        }
        Assert.Equal(0, (await t.Client.ProfileAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task EachTenant_SeesAndChangesOnlyItsOwnProfile()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);

        await a.Client.PatchProfileAsync(new { industryCategory = "Only A", timezone = "Europe/Dublin" });

        var seenByB = await b.Client.ProfileAsync();
        Assert.Equal((b.Tenant.Name, "Europe/London", 0), (seenByB.Str("legalName"), seenByB.Str("timezone"), seenByB.GetProperty("version").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByB.GetProperty("industryCategory").ValueKind);
    }
}
