using System.Net;
using VioConcierge.Functions.Tests.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Tests.Webhooks.Calendar;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>
/// A vault that throttles (429) or fails (503): the SDK retries; if it recovers the caller never knows, if it does not
/// the caller gets 503 with Retry-After and nothing of the change is written, never a 500 and never another store.
/// </summary>
[Collection(KeyVaultCollection.Name)]
public sealed class KeyVaultOutageTests(KeyVaultApiFixture api)
{
    private const string Key = "key_outage_9d8c7b6a4f4e";

    [Fact]
    public async Task VaultThrottledBriefly_TheSdkRetries_AndTheSaveSucceeds()
    {
        var t = await TenantSession.StartAsync(api);
        var before = api.Vault.Requests.Count;
        api.Vault.FailWith(429, times: KeyVaultApiFixture.MaxRetries);

        var put = await PutRetellKeyAsync(t);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(KeyVaultApiFixture.MaxRetries, api.Vault.Requests.Skip(before).Count(request => request.Status == 429));
        Assert.Equal("4f4e", (await put.ReadAsync()).GetProperty("apiKey").Str("last4"));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task VaultFailingPersistently_SavingAKey_Is503WithRetryAfter_AndNothingIsWritten(int status)
    {
        var t = await TenantSession.StartAsync(api);
        var before = api.Vault.Requests.Count;
        api.Vault.FailWith(status, retryAfterSeconds: 0);
        HttpResponseMessage put;
        try
        {
            put = await PutRetellKeyAsync(t);
        }
        finally
        {
            api.Vault.Heal();
        }
        var tried = api.Vault.Requests.Skip(before).ToList();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, put.StatusCode);
        Assert.NotNull(put.Headers.RetryAfter);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Enumerable.Repeat(status, 1 + KeyVaultApiFixture.MaxRetries), tried.Select(request => request.Status));
        var settings = await (await t.Client.GetAsync(RetellSetupHelper.Url)).ReadAsync();
        Assert.Equal(0, settings.GetProperty("version").GetInt32());
        Assert.False(settings.GetProperty("apiKey").GetProperty("configured").GetBoolean());
        Assert.DoesNotContain(api.Vault.Secrets.Names(), name => name.StartsWith($"t-{t.Tenant.TenantId:N}-", StringComparison.Ordinal));
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=settings.updated")).ReadAsync();
        Assert.Empty(audit.GetProperty("items").EnumerateArray());
        Assert.Contains($"Storage unavailable for PUT /api/settings/integrations/retell: Key Vault {status}", api.Logs.Text);
    }

    [Fact]
    public async Task VaultFailing_ACalComDelivery_Is503_NeverTakenAsUnsigned()
    {
        var t = await TenantSession.StartAsync(api);
        var hook = (await t.EnableCalComAsync()).Str("webhookUrl");
        var body = BookingBodies.Calcom("BOOKING_CREATED", "bkg_vault_outage", api.Clock.GetUtcNow().AddDays(3)).ToJsonString();
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        api.Vault.FailWith(503);
        HttpResponseMessage duringOutage;
        try
        {
            duringOutage = await PostUnsignedAsync(hook, body);
        }
        finally
        {
            api.Vault.Heal();
        }
        var afterOutage = await PostUnsignedAsync(hook, body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage.StatusCode);
        Assert.NotNull(duringOutage.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Unauthorized, afterOutage.StatusCode);
    }

    private static Task<HttpResponseMessage> PutRetellKeyAsync(TenantSession t) =>
        t.Client.SendJsonAsync(HttpMethod.Put, RetellSetupHelper.Url, new { agentId = RetellSetupHelper.AgentId, callerId = RetellSetupHelper.CallerId, apiKey = Key });

    private Task<HttpResponseMessage> PostUnsignedAsync(string url, string body) =>
        api.Anonymous().PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
}
