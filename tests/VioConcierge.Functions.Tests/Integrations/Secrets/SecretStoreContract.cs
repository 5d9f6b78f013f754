using System.Net;
using VioConcierge.Core.Integrations;
using VioConcierge.Functions.Tests.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>
/// What every <see cref="ISecretStore"/> guarantees, run against each store as the host serves it
/// (<see cref="PostgresSecretStoreContractTests"/>, <see cref="KeyVaultSecretStoreContractTests"/>). What only one store
/// has is tested with it: the vault's versions and its outages (<see cref="KeyVaultSecretStoreTests"/>); the database
/// store's equivalent of a rotation is its encryption key's (<c>SecretStoreTests.KeyRotation_…</c>) and of an outage
/// the database's (<c>DatabaseOutageTests</c>).
/// </summary>
public abstract class SecretStoreContract(CalendarApiFixture api)
{
    /// <summary>The longest secret the API accepts (a Calendly personal access token), of characters a JSON body, a URL or a log could mangle.</summary>
    public static readonly string LongUnusualValue = string.Concat(Enumerable.Repeat("\"\\/<&>'%+=?#;é€😀ß", 4096 / 16))[..4096];

    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Type ExpectedStore { get; }

    private ISecretStore Store => api.Service<ISecretStore>();

    private async Task<Guid> TenantAsync() => (await api.CreateTenantAsync(await api.SuperAdminAsync())).TenantId;

    [Fact]
    public void Host_ServesTheStoreItIsConfiguredWith() => Assert.IsType(ExpectedStore, Store);

    [Fact]
    public async Task SetGetReplaceDelete_RoundTrips()
    {
        var tenantId = await TenantAsync();

        await Store.SetAsync(tenantId, SecretNames.CalComWebhookSecret, "first-value-123", None);
        var first = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        await Store.SetAsync(tenantId, SecretNames.CalComWebhookSecret, "second-value-456", None);
        var second = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        var deleted = await Store.DeleteAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        var afterDelete = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        var deletedAgain = await Store.DeleteAsync(tenantId, SecretNames.CalComWebhookSecret, None);

        Assert.Equal(("first-value-123", "second-value-456"), (first, second));
        Assert.Null(afterDelete);
        Assert.Equal((true, false), (deleted, deletedAgain));
    }

    [Fact]
    public async Task NeverSet_ReadsAsNull_AndDeletesAsFalse()
    {
        var tenantId = await TenantAsync();

        Assert.Null(await Store.GetAsync(tenantId, SecretNames.CalendlyWebhookSigningKey, None));
        Assert.False(await Store.DeleteAsync(tenantId, SecretNames.CalendlyWebhookSigningKey, None));
    }

    [Fact]
    public async Task OtherTenant_NeitherReadsNorDeletes_ASecretOfTheSameName()
    {
        var a = await TenantAsync();
        var b = await TenantAsync();
        await Store.SetAsync(a, SecretNames.RetellApiKey, "tenant-a-key-0001", None);

        var readByB = await Store.GetAsync(b, SecretNames.RetellApiKey, None);
        var deletedByB = await Store.DeleteAsync(b, SecretNames.RetellApiKey, None);
        await Store.SetAsync(b, SecretNames.RetellApiKey, "tenant-b-key-0002", None);

        Assert.Null(readByB);
        Assert.False(deletedByB);
        Assert.Equal("tenant-a-key-0001", await Store.GetAsync(a, SecretNames.RetellApiKey, None));
        Assert.Equal("tenant-b-key-0002", await Store.GetAsync(b, SecretNames.RetellApiKey, None));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("cal_live_\"quoted\"\\back/slash<&>")]
    [InlineData("ключ-密钥-🔑-clé")]
    [InlineData("long")]
    public async Task UnusualAndLongestValues_ComeBackExactly(string value)
    {
        var tenantId = await TenantAsync();
        var stored = value == "long" ? LongUnusualValue : value;

        await Store.SetAsync(tenantId, SecretNames.CalendlyApiKey, stored, None);

        Assert.Equal(stored, await Store.GetAsync(tenantId, SecretNames.CalendlyApiKey, None));
    }

    [Fact]
    public async Task DeletedThenSetAgain_ServesTheNewValue()
    {
        var tenantId = await TenantAsync();
        await Store.SetAsync(tenantId, SecretNames.CalComApiKey, "cal_live_before_delete", None);
        await Store.DeleteAsync(tenantId, SecretNames.CalComApiKey, None);

        await Store.SetAsync(tenantId, SecretNames.CalComApiKey, "cal_live_after_delete", None);

        Assert.Equal("cal_live_after_delete", await Store.GetAsync(tenantId, SecretNames.CalComApiKey, None));
        Assert.True(await Store.DeleteAsync(tenantId, SecretNames.CalComApiKey, None));
        Assert.Null(await Store.GetAsync(tenantId, SecretNames.CalComApiKey, None));
    }

    [Theory]
    [InlineData("Retell/API-Key")]
    [InlineData("")]
    [InlineData("../etc")]
    [InlineData("retell/api_key")]
    [InlineData("retell-api-key")]
    [InlineData("retell/api--key")]
    [InlineData("re-tell/api-key")]
    public async Task InvalidName_IsRefused(string name)
    {
        var tenantId = await TenantAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SetAsync(tenantId, name, "value-0001", None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(tenantId, name, None));
    }

    [Fact]
    public async Task KeysSetReadAndRemovedThroughTheApi_AreShownMasked_AndNeverLogged()
    {
        var t = await TenantSession.StartAsync(api);
        const string retellKey = "key_contract_4b1d9e77c0aa";

        var retell = await t.Client.SendJsonAsync(HttpMethod.Put, RetellSetupHelper.Url,
            new { agentId = RetellSetupHelper.AgentId, callerId = RetellSetupHelper.CallerId, apiKey = retellKey });
        var calcom = await t.EnableCalComAsync();
        var read = await t.Client.GetAsync(RetellSetupHelper.Url);
        var removed = await t.PutOkAsync("calcom", new { enabled = false, removeApiKey = true, removeWebhookSecret = true });

        Assert.Equal(HttpStatusCode.OK, retell.StatusCode);
        var shown = await retell.Content.ReadAsStringAsync() + calcom.GetRawText() + await read.Content.ReadAsStringAsync() + removed.GetRawText();
        Assert.Contains("\"last4\":\"c0aa\"", shown);
        foreach (var secret in new[] { retellKey, CalendarSetup.CalComKey, CalendarSetup.CalComSecret })
        {
            Assert.DoesNotContain(secret, shown);
            Assert.DoesNotContain(secret, api.Logs.Text);
        }
        Assert.Null(await Store.GetAsync(t.Tenant.TenantId, SecretNames.CalComApiKey, None));
    }
}
