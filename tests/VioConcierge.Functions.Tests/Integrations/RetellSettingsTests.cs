using System.Net;
using System.Text.Json;
using VioConcierge.Core.Integrations;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using static VioConcierge.Functions.Tests.Integrations.RetellSetupHelper;

namespace VioConcierge.Functions.Tests.Integrations;

[Collection(RetellCollection.Name)]
public sealed class RetellSettingsTests(RetellApiFixture api)
{
    private const string OwnKey = "key_live_7Hq2xZ91bc4e";

    [Fact]
    public async Task Get_NeverSaved_IsEmpty_AndThePlatformKeyApplies()
    {
        var t = await TenantSession.StartAsync(api);

        var settings = await (await t.Client.GetAsync(Url)).ReadAsync();

        Assert.Equal(JsonValueKind.Null, settings.GetProperty("agentId").ValueKind);
        Assert.False(settings.GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.True(settings.GetProperty("usesPlatformKey").GetBoolean());
        Assert.False(settings.GetProperty("ready").GetBoolean());
        Assert.Equal(0, settings.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Put_SavesNormalisedCallerId_AndTheKeyIsOnlyEverShownMasked()
    {
        var t = await TenantSession.StartAsync(api);

        var put = await t.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = AgentId, callerId = "020 7946 0958", apiKey = OwnKey });
        var get = await t.Client.GetAsync(Url);

        foreach (var response in new[] { put, get })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(OwnKey, text);
            var body = JsonDocument.Parse(text).RootElement;
            Assert.Equal(CallerId, body.Str("callerId"));
            Assert.Equal("bc4e", body.GetProperty("apiKey").Str("last4"));
            Assert.False(body.GetProperty("usesPlatformKey").GetBoolean());
            Assert.True(body.GetProperty("ready").GetBoolean());
        }
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=settings.updated")).Content.ReadAsStringAsync();
        Assert.Contains("\"keyChange\"", audit);
        Assert.Contains(AgentId, audit);
        Assert.DoesNotContain(OwnKey, audit);
        var stored = await StoredSecretsTextAsync(t.Tenant.TenantId);
        Assert.StartsWith("retell/api-key v1.test.", stored);
        Assert.DoesNotContain(OwnKey[..8], stored);
        Assert.Equal(OwnKey, await api.Service<ISecretStore>().GetAsync(t.Tenant.TenantId, SecretNames.RetellApiKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_InvalidFields_Are400WithFieldErrors_AndNothingIsSaved()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url,
            new { agentId = "", callerId = "12345", apiKey = "has space in it", removeApiKey = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal(["agentId", "apiKey", "callerId", "removeApiKey"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(0, (await (await t.Client.GetAsync(Url)).ReadAsync()).GetProperty("version").GetInt32());
        Assert.Null(await api.Service<ISecretStore>().GetAsync(t.Tenant.TenantId, SecretNames.RetellApiKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_WithoutKey_KeepsIt_RemoveApiKey_FallsBackToThePlatformKey()
    {
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync(OwnKey);

        var kept = await (await t.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = "agent_other", callerId = CallerId })).ReadAsync();
        var removed = await (await t.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = "agent_other", callerId = CallerId, removeApiKey = true })).ReadAsync();

        Assert.True(kept.GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.False(removed.GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.True(removed.GetProperty("usesPlatformKey").GetBoolean());
        Assert.Equal(RetellApiFixture.PlatformKey, await api.Service<IRetellCredentials>().GetApiKeyAsync(t.Tenant.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Put_WithAStaleVersion_Is409()
    {
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync();
        await t.ConfigureRetellAsync();

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = AgentId, callerId = CallerId, version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ClientUser_IsForbiddenEveryRetellRoute()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);

        var get = await staff.Client.GetAsync(Url);
        var put = await staff.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = AgentId, callerId = CallerId });
        var test = await staff.Client.PostAsync(Url + "/test", null);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { get.StatusCode, put.StatusCode, test.StatusCode });
    }

    [Fact]
    public async Task AnotherTenantsKey_IsNeitherShownNorUsed()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        await a.ConfigureRetellAsync(OwnKey);

        var seenByB = await (await b.Client.GetAsync(Url)).ReadAsync();

        Assert.False(seenByB.GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seenByB.GetProperty("agentId").ValueKind);
        Assert.Equal(RetellApiFixture.PlatformKey, await api.Service<IRetellCredentials>().GetApiKeyAsync(b.Tenant.TenantId, CancellationToken.None));
        Assert.Equal(OwnKey, await api.Service<IRetellCredentials>().GetApiKeyAsync(a.Tenant.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task Test_WithAnAcceptedKey_PassesTheKey_AndSaysAgentAndNumberAreNotCheckable()
    {
        api.Stub.Reset();
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync(OwnKey);

        var result = await (await t.Client.PostAsync(Url + "/test", null)).ReadAsync();

        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal(["key:passed", "agent:not_checkable", "number:not_checkable"], Checks(result));
        var probe = Assert.Single(api.Stub.Requests);
        Assert.Equal(("GET", "/v2/get-call/vioconcierge-connection-test", $"Bearer {OwnKey}"), (probe.Method, probe.Path, probe.Authorization));
    }

    [Fact]
    public async Task Test_WithARefusedKey_AndNoAgent_FailsThoseChecks()
    {
        api.Stub.Reset();
        api.Stub.Answer = _ => new StubAnswer(401, """{"status":"error","message":"Unauthorized"}""");
        var t = await TenantSession.StartAsync(api);

        var result = await (await t.Client.PostAsync(Url + "/test", null)).ReadAsync();

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal(["key:failed", "agent:failed", "number:failed"], Checks(result));
        Assert.DoesNotContain(RetellApiFixture.PlatformKey, result.GetRawText());
    }

    private static string[] Checks(JsonElement result) =>
        result.GetProperty("checks").EnumerateArray().Select(c => $"{c.Str("name")}:{c.Str("status")}").ToArray();

    private async Task<string> StoredSecretsTextAsync(Guid tenantId)
    {
        await using var uow = await api.Service<VioConcierge.Infrastructure.Postgres.Database>().BeginTenantAsync(tenantId, CancellationToken.None);
        var rows = await uow.QueryAsync<string>("SELECT name || ' ' || ciphertext || ' ' || key_id FROM tenant_secrets", null, CancellationToken.None);
        return string.Join('\n', rows);
    }
}
