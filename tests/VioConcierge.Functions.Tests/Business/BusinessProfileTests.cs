using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Business;

/// <summary>GET|PATCH|PUT /api/settings/business: defaults, a full save, every validation, names, versions and access.</summary>
[Collection(ApiCollection.Name)]
public sealed class BusinessProfileTests(ApiFixture api)
{
    /// <summary>Every field, with names unique to <paramref name="suffix"/> (names are unique on the platform).</summary>
    public static object FullProfile(string suffix) => new
    {
        legalName = $"Smile Bright Dental Ltd {suffix}",
        tradingName = $"Smile Bright {suffix}",
        businessType = "medical",
        industryCategory = "Dentistry",
        phone = "020 7946 0958",
        email = "Desk@SmileBright.example",
        website = "smilebright.example.co.uk",
        address = new { street = "1 High Street", city = "London", county = "Greater London", postalCode = "sw1a1aa" },
        timezone = "Europe/London",
        operatingSchedule = new
        {
            monday = new { open = "08:30", close = "18:00" }, tuesday = new { open = "08:30", close = "18:00" },
            wednesday = new { open = "08:30", close = "18:00" }, thursday = new { open = "08:30", close = "20:00" },
            friday = new { open = "08:30", close = "17:00" }, saturday = new { open = "09:00", close = "13:00" },
            sunday = new { closed = true },
        },
        sessionIdleTimeoutHours = 4,
        bankHolidayRegion = "scotland",
    };

    [Fact]
    public async Task Get_NewTenant_IsTheOnboardingNameTypeAndZone_WithSeedDefaults()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync(BusinessProfileRequests.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.ReadAsync();
        Assert.Equal(t.Tenant.Name, profile.Str("legalName"));
        Assert.Equal(t.Tenant.Name, profile.Str("nameOnCalls"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("tradingName").ValueKind);
        Assert.Equal(("salon", "Europe/London", 8), (profile.Str("businessType"), profile.Str("timezone"), profile.GetProperty("sessionIdleTimeoutHours").GetInt32()));
        Assert.Equal("england_and_wales", profile.Str("bankHolidayRegion"));
        var schedule = profile.GetProperty("operatingSchedule");
        Assert.Equal(("09:00", "17:00", false), (schedule.GetProperty("monday").Str("open"), schedule.GetProperty("monday").Str("close"), schedule.GetProperty("monday").GetProperty("closed").GetBoolean()));
        Assert.Equal("15:00", schedule.GetProperty("saturday").Str("close"));
        Assert.True(schedule.GetProperty("sunday").GetProperty("closed").GetBoolean());
        Assert.Empty(profile.GetProperty("typeDefaultDifferences").EnumerateArray());
        Assert.Equal(0, profile.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Patch_AFullProfile_IsSavedNormalised_ShownToThePlatform_AndAuditedWithBeforeAndAfter()
    {
        var t = await TenantSession.StartAsync(api);
        var root = await api.SuperAdminAsync();

        var s = Suffix();
        var response = await t.Client.PatchProfileAsync(FullProfile(s));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var profile = await t.Client.ProfileAsync();
        Assert.Equal(($"Smile Bright Dental Ltd {s}", $"Smile Bright {s}", $"Smile Bright {s}"), (profile.Str("legalName"), profile.Str("tradingName"), profile.Str("nameOnCalls")));
        Assert.Equal(("+442079460958", "desk@smilebright.example", "https://smilebright.example.co.uk"), (profile.Str("phone"), profile.Str("email"), profile.Str("website")));
        var address = profile.GetProperty("address");
        Assert.Equal(("1 High Street", "London", "SW1A 1AA", "United Kingdom"), (address.Str("street"), address.Str("city"), address.Str("postalCode"), address.Str("country")));
        Assert.Equal(("medical", "Dentistry", 4, "scotland"), (profile.Str("businessType"), profile.Str("industryCategory"), profile.GetProperty("sessionIdleTimeoutHours").GetInt32(), profile.Str("bankHolidayRegion")));
        Assert.Equal("20:00", profile.GetProperty("operatingSchedule").GetProperty("thursday").Str("close"));
        Assert.Equal(1, profile.GetProperty("version").GetInt32());
        var listed = await (await root.Client.GetAsync($"/api/admin/tenants/{t.Tenant.TenantId}")).ReadAsync();
        Assert.Equal(($"Smile Bright Dental Ltd {s}", "medical"), (listed.Str("name"), listed.Str("businessType")));
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=settings.updated&targetId=business")).ReadAsync();
        var changes = Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("changes");
        Assert.Equal((t.Tenant.Name, $"Smile Bright Dental Ltd {s}"), (changes.GetProperty("legalName").Str("before"), changes.GetProperty("legalName").Str("after")));
        Assert.Equal(("salon", "medical"), (changes.GetProperty("businessType").Str("before"), changes.GetProperty("businessType").Str("after")));
        Assert.Equal("SW1A 1AA", changes.GetProperty("address").GetProperty("after").Str("postalCode"));
    }

    [Fact]
    public async Task Patch_OnlyTheFieldsSent_Change_AndEmptyTextClearsOptionalOnes()
    {
        var t = await TenantSession.StartAsync(api);
        var s = Suffix();
        await t.Client.PatchProfileAsync(FullProfile(s));

        var response = await t.Client.PatchProfileAsync(new { tradingName = "", website = "", industryCategory = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await t.Client.ProfileAsync();
        Assert.Equal(($"Smile Bright Dental Ltd {s}", $"Smile Bright Dental Ltd {s}"), (profile.Str("legalName"), profile.Str("nameOnCalls")));
        foreach (var cleared in new[] { "tradingName", "website", "industryCategory" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty(cleared).ValueKind);
        }
        Assert.Equal(("+442079460958", "SW1A 1AA"), (profile.Str("phone"), profile.GetProperty("address").Str("postalCode")));
    }

    [Fact]
    public async Task Put_TakesTheSameBody_AndTheBankHolidayRegionAlone()
    {
        var t = await TenantSession.StartAsync(api);

        var s = Suffix();
        var full = await t.Client.PatchProfileAsync(FullProfile(s), method: HttpMethod.Put);
        var regionOnly = await t.Client.PatchProfileAsync(new { bankHolidayRegion = "northern_ireland" }, method: HttpMethod.Put);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (full.StatusCode, regionOnly.StatusCode));
        var profile = await t.Client.ProfileAsync();
        Assert.Equal(("northern_ireland", $"Smile Bright {s}", 2), (profile.Str("bankHolidayRegion"), profile.Str("tradingName"), profile.GetProperty("version").GetInt32()));
    }

    public static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
