using System.Net;
using System.Text.Json;
using VioConcierge.Core.Integrations;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Integrations.Calendar.CalendarSetup;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

[Collection(CalendarCollection.Name)]
public class CalendarSettingsTests(CalendarApiFixture api)
{
    [Theory]
    [InlineData("calcom", "webhookSecret")]
    [InlineData("calendly", "signingKey")]
    public async Task Get_NeverSaved_ShowsDefaultsAndNoIntegrationYet(string provider, string webhookKeyField)
    {
        var t = await TenantSession.StartAsync(api);

        var body = await t.GetOkAsync(provider);

        Assert.Equal(JsonValueKind.Null, body.GetProperty("integrationId").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("webhookUrl").ValueKind);
        Assert.False(body.GetProperty("enabled").GetBoolean());
        var settings = body.GetProperty("settings");
        Assert.Equal("update_existing", settings.Str("duplicateHandling"));
        Assert.True(settings.GetProperty("autoCreate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("callBeforeHours").ValueKind);
        Assert.Equal(0, settings.GetProperty("eventTypeFilter").GetArrayLength());
        Assert.False(body.GetProperty("secrets").GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.False(body.GetProperty("secrets").GetProperty(webhookKeyField).GetProperty("configured").GetBoolean());
        Assert.Equal(0, body.GetProperty("syncStatus").GetProperty("importedTotal").GetInt32());
        Assert.Equal(0, body.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Put_CalCom_SavesAndShowsTheWebhookUrl_SecretsOnlyMasked_NeverInAuditOrLogs()
    {
        var t = await TenantSession.StartAsync(api);

        var put = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calcom"), new
        {
            enabled = true,
            organizerEmail = " Desk@Example.org ",
            eventTypeFilter = new object[] { 42, "1234567" },
            callBeforeHours = 48,
            duplicateHandling = "skip_duplicates",
            autoCreate = false,
            apiKey = CalComKey,
            webhookSecret = CalComSecret,
        });
        var get = await t.Client.GetAsync(Url("calcom"));

        foreach (var response in new[] { put, get })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(CalComKey, text);
            Assert.DoesNotContain(CalComSecret, text);
            var body = JsonDocument.Parse(text).RootElement;
            var id = body.GetProperty("integrationId").GetGuid();
            Assert.Equal(new Uri(api.Factory.BaseAddress, $"/api/webhooks/calcom/{id}").ToString(), body.Str("webhookUrl"));
            Assert.True(body.GetProperty("enabled").GetBoolean());
            var settings = body.GetProperty("settings");
            Assert.Equal(OrganizerEmail, settings.Str("organizerEmail"));
            Assert.Equal([42L, 1234567L], settings.GetProperty("eventTypeFilter").EnumerateArray().Select(e => e.GetInt64()));
            Assert.Equal((48, "skip_duplicates", false),
                (settings.GetProperty("callBeforeHours").GetInt32(), settings.Str("duplicateHandling"), settings.GetProperty("autoCreate").GetBoolean()));
            Assert.Equal("3210", body.GetProperty("secrets").GetProperty("apiKey").Str("last4"));
            Assert.Equal("9c0d", body.GetProperty("secrets").GetProperty("webhookSecret").Str("last4"));
            Assert.Equal(0, body.GetProperty("warnings").GetArrayLength());
            Assert.Equal(1, body.GetProperty("version").GetInt32());
        }
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=settings.updated")).Content.ReadAsStringAsync();
        Assert.Contains("integrations.calcom", audit);
        Assert.Contains("\"keyChange\"", audit);
        Assert.Contains("\"webhookSigningChange\"", audit);
        Assert.Contains("skip_duplicates", audit);
        Assert.Contains($"Calendar integration calcom of tenant {t.Tenant.TenantId} saved", api.Logs.Text);
        foreach (var secret in new[] { CalComKey, CalComSecret })
        {
            Assert.DoesNotContain(secret, audit);
            Assert.DoesNotContain(secret, api.Logs.Text);
        }
        var store = api.Service<ISecretStore>();
        Assert.Equal(CalComKey, await store.GetAsync(t.Tenant.TenantId, SecretNames.CalComApiKey, CancellationToken.None));
        Assert.Equal(CalComSecret, await store.GetAsync(t.Tenant.TenantId, SecretNames.CalComWebhookSecret, CancellationToken.None));
    }

    [Fact]
    public async Task Put_CalCom_EachInvalidField_Is400NamingIt_AndNothingIsSaved()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calcom"), new
        {
            organizerEmail = "desk@",
            eventTypeFilter = new object[] { 0, "abc", 7 },
            callBeforeHours = 169,
            duplicateHandling = "merge",
            apiKey = "sk_live_0123456789",
            webhookSecret = "short",
            signingKey = CalendlySigningKey,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal(["apiKey", "callBeforeHours", "duplicateHandling", "eventTypeFilter[0]", "eventTypeFilter[1]", "organizerEmail", "signingKey", "webhookSecret"],
            problem.ErrorFields());
        Assert.Contains(problem.Errors("apiKey"), message => message.Contains("cal_live_", StringComparison.Ordinal));
        Assert.DoesNotContain("sk_live_0123456789", problem.GetRawText());
        Assert.Equal(0, (await t.GetOkAsync("calcom")).GetProperty("version").GetInt32());
        Assert.Null(await api.Service<ISecretStore>().GetAsync(t.Tenant.TenantId, SecretNames.CalComApiKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_Calendly_InvalidEventTypeUriAndBothKeyAndRemove_Are400()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calendly"), new
        {
            eventTypeFilter = new[] { "https://calendly.com/desk/30min" },
            apiKey = CalendlyToken,
            removeApiKey = true,
            webhookSecret = CalComSecret,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["eventTypeFilter[0]", "removeApiKey", "webhookSecret"], (await response.ReadAsync()).ErrorFields());
    }

    [Theory]
    [InlineData("calcom", new[] { "apiKey", "organizerEmail" })]
    [InlineData("calendly", new[] { "apiKey", "organizerEmail", "signingKey" })]
    public async Task Put_EnabledWithoutWhatEnablingNeeds_Is400(string provider, string[] fields)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url(provider), new { enabled = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(fields, (await response.ReadAsync()).ErrorFields());
    }

    [Fact]
    public async Task Put_CalComEnabledWithoutWebhookSecret_IsAllowedWithAWarning_UntilASecretIsSet()
    {
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalComAsync();

        var unsigned = await t.PutOkAsync("calcom", new { enabled = true, organizerEmail = OrganizerEmail, removeWebhookSecret = true });
        var kept = await t.PutOkAsync("calcom", new { enabled = true, organizerEmail = OrganizerEmail, webhookSecret = CalComSecret });
        var disabled = await t.PutOkAsync("calcom", new { enabled = false, removeWebhookSecret = true });

        Assert.Equal("webhook_unsigned", Assert.Single(unsigned.GetProperty("warnings").EnumerateArray()).Str("code"));
        Assert.False(unsigned.GetProperty("secrets").GetProperty("webhookSecret").GetProperty("configured").GetBoolean());
        Assert.True(unsigned.GetProperty("secrets").GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.Equal(0, kept.GetProperty("warnings").GetArrayLength());
        Assert.Equal(0, disabled.GetProperty("warnings").GetArrayLength());
        Assert.Equal(4, disabled.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Put_RemovingTheKeyOfAnEnabledIntegration_Is400_ButAllowedOnceDisabled()
    {
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalendlyAsync(EventTypeUri);

        var refused = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calendly"), new { enabled = true, organizerEmail = OrganizerEmail, removeApiKey = true });
        var removed = await t.PutOkAsync("calendly", new { enabled = false, removeApiKey = true, removeSigningKey = true });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["apiKey"], (await refused.ReadAsync()).ErrorFields());
        Assert.False(removed.GetProperty("secrets").GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.False(removed.GetProperty("secrets").GetProperty("signingKey").GetProperty("configured").GetBoolean());
        Assert.Null(await api.Service<ISecretStore>().GetAsync(t.Tenant.TenantId, SecretNames.CalendlyApiKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_WithAStaleVersion_Is409_InTheBodyOrIfMatch()
    {
        var t = await TenantSession.StartAsync(api);
        await t.PutOkAsync("calcom", new { autoCreate = true });
        await t.PutOkAsync("calcom", new { autoCreate = false });

        var byBody = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calcom"), new { autoCreate = true, version = 1 });
        var request = new HttpRequestMessage(HttpMethod.Put, Url("calcom")) { Content = System.Net.Http.Json.JsonContent.Create(new { autoCreate = true }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var byHeader = await t.Client.SendAsync(request);
        var current = await t.Client.SendJsonAsync(HttpMethod.Put, Url("calcom"), new { autoCreate = true, version = 2 });

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.OK], new[] { byBody.StatusCode, byHeader.StatusCode, current.StatusCode });
    }

    [Fact]
    public async Task ClientUser_IsForbiddenEveryCalendarRoute()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);

        var get = await staff.Client.GetAsync(Url("calcom"));
        var put = await staff.Client.SendJsonAsync(HttpMethod.Put, Url("calendly"), new { enabled = false });
        var test = await staff.Client.PostAsync(Url("calcom") + "/test", null);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { get.StatusCode, put.StatusCode, test.StatusCode });
    }

    [Fact]
    public async Task UnknownProvider_Is404OnEveryRoute()
    {
        var t = await TenantSession.StartAsync(api);

        var get = await t.Client.GetAsync(Url("google"));
        var put = await t.Client.SendJsonAsync(HttpMethod.Put, Url("CalCom"), new { enabled = false });
        var test = await t.Client.PostAsync(Url("outlook") + "/test", null);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { get.StatusCode, put.StatusCode, test.StatusCode });
    }

    [Fact]
    public async Task AnotherTenant_SeesOnlyItsOwnIntegration_NeverAsIdOrSecrets()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var idOfA = (await a.EnableCalComAsync(42)).GetProperty("integrationId").GetGuid();

        var before = await b.Client.GetAsync(Url("calcom"));
        var own = await b.PutOkAsync("calcom", new { autoCreate = true });
        var after = await (await b.Client.GetAsync(Url("calcom"))).Content.ReadAsStringAsync();

        var beforeText = await before.Content.ReadAsStringAsync();
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(beforeText).RootElement.GetProperty("integrationId").ValueKind);
        Assert.DoesNotContain(idOfA.ToString(), beforeText);
        Assert.NotEqual(idOfA, own.GetProperty("integrationId").GetGuid());
        Assert.DoesNotContain(idOfA.ToString(), after);
        Assert.Contains("\"configured\":false", after);
        Assert.Null(await api.Service<ISecretStore>().GetAsync(b.Tenant.TenantId, SecretNames.CalComApiKey, CancellationToken.None));
    }
}
