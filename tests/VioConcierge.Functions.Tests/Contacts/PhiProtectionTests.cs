using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class PhiProtectionTests(ApiFixture api)
{
    [Fact]
    public async Task MedicalTenant_ByDefaultBlocksLikelyPhi_NamingTheFieldAndRule_AndSavesNothing()
    {
        var t = await TenantSession.StartAsync(api, "medical");

        var response = await t.Client.PostJsonAsync("/api/contacts", new
        {
            name = "Pat Patient",
            phone = "07700 900123",
            appointmentTime = t.InDays(3),
            notes = "NHS no 943 476 5919",
            specialInstructions = "Bring insulin",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Contains("nhs_number", problem.Errors("notes")[0], StringComparison.Ordinal);
        Assert.Contains("medical_term", problem.Errors("specialInstructions")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("943", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(await t.NamesAsync(""));
    }

    [Fact]
    public async Task WarnMode_SavesTheContact_FlagsItAndAuditsTheDetection()
    {
        var t = await TenantSession.StartAsync(api, "medical");
        var put = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance",
            new { hipaaMode = true, complianceLevel = "standard", phiDetection = true, phiAction = "warn" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var contact = await t.CreateContactAsync(new { name = "Pat Patient", phone = "07700 900123", appointmentTime = t.InDays(3), notes = "DOB 12/03/1985" });

        Assert.Equal(["date_of_birth"], contact.GetProperty("phiFlags").EnumerateArray().Select(f => f.GetString()));
        var warning = Assert.Single(contact.GetProperty("phiWarnings").EnumerateArray());
        Assert.Equal("notes", warning.Str("field"));
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.phi_detected")).ReadAsync();
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.DoesNotContain("1985", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonMedicalTenant_DoesNotScreenUntilHipaaModeIsOn()
    {
        var t = await TenantSession.StartAsync(api, "salon");
        var before = await t.CreateContactAsync(new { name = "Sal Client", phone = "07700 900123", appointmentTime = t.InDays(3), notes = "Takes insulin" });
        Assert.Empty(before.GetProperty("phiFlags").EnumerateArray());

        var settings = await (await t.Client.GetAsync("/api/settings/compliance")).ReadAsync();
        Assert.False(settings.GetProperty("hipaaMode").GetBoolean());
        await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance",
            new { hipaaMode = true, complianceLevel = "strict", phiDetection = true, phiAction = "block", version = 0 });

        var after = await t.Client.PostJsonAsync("/api/contacts", new { name = "Sal Other", phone = "07700 900124", appointmentTime = t.InDays(3), notes = "Takes insulin" });
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
    }

    [Fact]
    public async Task ComplianceSettings_InvalidValuesAndStaleVersions_AreRefused()
    {
        var t = await TenantSession.StartAsync(api, "salon");

        var invalid = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance", new { hipaaMode = true, complianceLevel = "extreme", phiDetection = true, phiAction = "shout" });
        var first = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance", new { hipaaMode = true, complianceLevel = "basic", phiDetection = true, phiAction = "warn" });
        var stale = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance", new { hipaaMode = false, complianceLevel = "basic", phiDetection = true, phiAction = "warn", version = 7 });

        var problem = await invalid.ReadAsync();
        Assert.NotEmpty(problem.Errors("complianceLevel"));
        Assert.NotEmpty(problem.Errors("phiAction"));
        Assert.Equal(1, (await first.ReadAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }
}
