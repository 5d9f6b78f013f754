using Azure;
using VioConcierge.Core.Integrations;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>
/// What the Key Vault store does in the vault itself (names, tags, versions, soft delete) and what its brief cache
/// means, seen in the fake vault and through a client of the tests' own.
/// </summary>
[Collection(KeyVaultCollection.Name)]
public sealed class KeyVaultSecretStoreTests(KeyVaultApiFixture api)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private ISecretStore Store => api.Service<ISecretStore>();

    private async Task<Guid> TenantAsync() => (await api.CreateTenantAsync(await api.SuperAdminAsync())).TenantId;

    [Fact]
    public async Task Set_IsOneVaultSecretPerTenantAndPurpose_WithContentTypeAndTags()
    {
        var tenantId = await TenantAsync();

        await Store.SetAsync(tenantId, SecretNames.CalendlyWebhookSigningKey, "signing-key-0001", None);

        var secret = (await api.VaultClient().GetSecretAsync($"t-{tenantId:N}-calendly-webhook-signing-key")).Value;
        Assert.Equal("signing-key-0001", secret.Value);
        Assert.Equal("text/plain", secret.Properties.ContentType);
        Assert.Equal(tenantId.ToString(), secret.Properties.Tags["tenant-id"]);
        Assert.Equal(SecretNames.CalendlyWebhookSigningKey, secret.Properties.Tags["purpose"]);
    }

    [Fact]
    public async Task Rotation_KeepsThePreviousVersionReadable_UntilItIsReplaced()
    {
        var tenantId = await TenantAsync();
        var name = $"t-{tenantId:N}-retell-api-key";
        var vault = api.VaultClient();

        await Store.SetAsync(tenantId, SecretNames.RetellApiKey, "key-version-one", None);
        await Store.SetAsync(tenantId, SecretNames.RetellApiKey, "key-version-two", None);
        var afterSecond = api.Vault.Secrets.Versions(name)!;
        var previousAfterSecond = (await vault.GetSecretAsync(name, afterSecond[0].Version)).Value.Value;
        await Store.SetAsync(tenantId, SecretNames.RetellApiKey, "key-version-three", None);
        var afterThird = api.Vault.Secrets.Versions(name)!;

        Assert.Equal("key-version-one", previousAfterSecond);
        Assert.Equal("key-version-two", (await vault.GetSecretAsync(name, afterThird[1].Version)).Value.Value);
        var retired = await Assert.ThrowsAsync<RequestFailedException>(() => vault.GetSecretAsync(name, afterThird[0].Version));
        Assert.Equal(403, retired.Status);
        Assert.Equal([false, true, true], afterThird.Select(version => version.Enabled));
        Assert.Equal("key-version-three", await Store.GetAsync(tenantId, SecretNames.RetellApiKey, None));
    }

    [Fact]
    public async Task Delete_KeepsTheSecretRecoverable_AndSettingItAgainRecoversIt_NeverPurges()
    {
        var tenantId = await TenantAsync();
        var name = $"t-{tenantId:N}-calcom-api-key";
        await Store.SetAsync(tenantId, SecretNames.CalComApiKey, "cal_live_removed_key", None);

        await Store.DeleteAsync(tenantId, SecretNames.CalComApiKey, None);
        var softDeleted = api.Vault.Secrets.Deleted(name);
        await Store.SetAsync(tenantId, SecretNames.CalComApiKey, "cal_live_new_key", None);

        Assert.NotNull(softDeleted);
        Assert.Null(api.Vault.Secrets.Deleted(name));
        Assert.Contains(api.Vault.Requests, request => request is { Method: "POST", Status: 200 } && request.Path == $"/deletedsecrets/{name}/recover");
        Assert.DoesNotContain(api.Vault.Requests, request => request.Method == "DELETE" && request.Path.StartsWith("/deletedsecrets/", StringComparison.Ordinal));
        var versions = api.Vault.Secrets.Versions(name)!;
        Assert.Equal([(false, "cal_live_removed_key"), (true, "cal_live_new_key")], versions.Select(version => (version.Enabled, version.Value)));
    }

    [Fact]
    public async Task Reads_AreCachedBriefly_AndThisInstancesOwnChanges_ApplyAtOnce()
    {
        var tenantId = await TenantAsync();
        var name = $"t-{tenantId:N}-calcom-webhook-secret";
        await Store.SetAsync(tenantId, SecretNames.CalComWebhookSecret, "secret-one-0001", None);
        var readsBefore = Reads(name);

        var first = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        var readsOfTwoGets = Reads(name) - readsBefore;
        await api.VaultClient().SetSecretAsync(name, "changed-elsewhere-0002");
        var whileCached = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        api.Clock.Advance(TimeSpan.FromSeconds(31));
        var afterExpiry = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);
        await Store.SetAsync(tenantId, SecretNames.CalComWebhookSecret, "secret-three-0003", None);
        var afterOwnSet = await Store.GetAsync(tenantId, SecretNames.CalComWebhookSecret, None);

        Assert.Equal(1, readsOfTwoGets);
        Assert.Equal(("secret-one-0001", "secret-one-0001"), (first, whileCached));
        Assert.Equal(("changed-elsewhere-0002", "secret-three-0003"), (afterExpiry, afterOwnSet));
    }

    [Fact]
    public async Task PinnedTransport_RefusesAVaultWhoseCertificateItDoesNotPin()
    {
        var options = new Azure.Security.KeyVault.Secrets.SecretClientOptions
        {
            DisableChallengeResourceVerification = true,
            Transport = Infrastructure.Secrets.PinnedCertificateTransport.Create(new string('A', 64)),
        };
        options.Retry.MaxRetries = 0;
        var stranger = new Azure.Security.KeyVault.Secrets.SecretClient(api.Vault.VaultUri, new TestVaultCredential(), options);

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => stranger.GetSecretAsync("t-any-retell-api-key"));

        Assert.Equal(0, refused.Status);
        Assert.IsType<System.Security.Authentication.AuthenticationException>(refused.InnerException?.InnerException);
    }

    private int Reads(string name) => api.Vault.Requests.Count(request => request.Method == "GET" && request.Path == $"/secrets/{name}");
}
