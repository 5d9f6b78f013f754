using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Secrets;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Functions.Tests.Integrations;

[Collection(ApiCollection.Name)]
public sealed class SecretStoreTests(ApiFixture api)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<Guid> TenantAsync() => (await api.CreateTenantAsync(await api.SuperAdminAsync())).TenantId;

    private PostgresSecretStore Store(string activeKeyId, params (string Id, string Key)[] keys) => new(
        api.Service<Database>(),
        new FieldProtector(Options.Create(new EncryptionOptions { ActiveKeyId = activeKeyId, Keys = keys.ToDictionary(k => k.Id, k => k.Key) })),
        api.Clock);

    private async Task<(string Ciphertext, string KeyId)> RowAsync(Guid tenantId, string name)
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenantId, None);
        return await uow.QuerySingleAsync<(string, string)>(
            "SELECT ciphertext, key_id FROM tenant_secrets WHERE tenant_id = @TenantId AND name = @Name", new { TenantId = tenantId, Name = name }, None);
    }

    [Fact]
    public async Task SetGetReplaceDelete_RoundTrips_AndStoresNoPlaintext()
    {
        var tenantId = await TenantAsync();
        var store = api.Service<PostgresSecretStore>();

        await store.SetAsync(tenantId, "calcom/webhook-secret", "first-value-123", None);
        var first = await store.GetAsync(tenantId, "calcom/webhook-secret", None);
        await store.SetAsync(tenantId, "calcom/webhook-secret", "second-value-456", None);
        var row = await RowAsync(tenantId, "calcom/webhook-secret");
        var second = await store.GetAsync(tenantId, "calcom/webhook-secret", None);
        var deleted = await store.DeleteAsync(tenantId, "calcom/webhook-secret", None);
        var deletedAgain = await store.DeleteAsync(tenantId, "calcom/webhook-secret", None);

        Assert.Equal(("first-value-123", "second-value-456"), (first, second));
        Assert.DoesNotContain("second-value", row.Ciphertext);
        Assert.Equal("test", row.KeyId);
        Assert.Null(await store.GetAsync(tenantId, "calcom/webhook-secret", None));
        Assert.Equal((true, false), (deleted, deletedAgain));
    }

    [Fact]
    public async Task OtherTenant_SeesNothing_AndACopiedCiphertextDoesNotDecrypt()
    {
        var a = await TenantAsync();
        var b = await TenantAsync();
        var store = api.Service<PostgresSecretStore>();
        await store.SetAsync(a, "retell/api-key", "tenant-a-key-0001", None);

        Assert.Null(await store.GetAsync(b, "retell/api-key", None));
        var (ciphertext, keyId) = await RowAsync(a, "retell/api-key");
        await using (var uow = await api.Service<Database>().BeginTenantAsync(b, None))
        {
            await uow.ExecuteAsync("""
                INSERT INTO tenant_secrets (tenant_id, name, ciphertext, key_id, created_at, updated_at)
                VALUES (@B, 'retell/api-key', @Ciphertext, @KeyId, now(), now())
                """, new { B = b, Ciphertext = ciphertext, KeyId = keyId }, None);
            await uow.CommitAsync(None);
        }
        await Assert.ThrowsAnyAsync<CryptographicException>(() => store.GetAsync(b, "retell/api-key", None));
    }

    [Fact]
    public async Task KeyRotation_OldValuesStillRead_RewrapMovesThemToTheActiveKey()
    {
        var tenantId = await TenantAsync();
        var k1 = ("k1", TestKeys.Random(32));
        var k2 = ("k2", TestKeys.Random(32));
        await Store("k1", k1).SetAsync(tenantId, "retell/api-key", "rotating-key-0001", None);

        var rotated = Store("k2", k1, k2);
        var beforeRewrap = await rotated.GetAsync(tenantId, "retell/api-key", None);
        var rewrapped = await rotated.RewrapAsync(tenantId, None);
        var afterRewrap = await RowAsync(tenantId, "retell/api-key");

        Assert.Equal("rotating-key-0001", beforeRewrap);
        Assert.Equal(1, rewrapped);
        Assert.Equal("k2", afterRewrap.KeyId);
        Assert.StartsWith("v1.k2.", afterRewrap.Ciphertext);
        Assert.Equal("rotating-key-0001", await Store("k2", k2).GetAsync(tenantId, "retell/api-key", None));
        Assert.Equal(0, await rotated.RewrapAsync(tenantId, None));
    }

    [Theory]
    [InlineData("Retell/API-Key")]
    [InlineData("")]
    [InlineData("../etc")]
    public async Task InvalidName_IsRefused(string name)
    {
        var tenantId = await TenantAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => api.Service<PostgresSecretStore>().SetAsync(tenantId, name, "value-0001", None));
    }
}
