using Azure;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> on Azure Key Vault (<c>Secrets:Store = KeyVault</c>) through <see cref="SecretClient"/>:
/// one secret per tenant and purpose (<see cref="KeyVaultSecretNames"/>), read through a short cache
/// (<see cref="KeyVaultSecretCache"/>). Setting a value adds a version: the version it replaces stays enabled and
/// readable by its version id until the next set replaces it, older ones are disabled. Deleting deletes the secret
/// and waits until the vault holds it as deleted (soft delete: recoverable for the vault's retention, purged by no
/// one here); setting the name again recovers it and adds the new version on top (never purges: that needs a right
/// the app's role need not have and would defeat the vault's purge protection). A vault that stays away is
/// <see cref="SecretStoreUnavailableException"/>, never a fallback to another store. Values are never logged.
/// </summary>
public sealed class KeyVaultSecretStore(SecretClient client, KeyVaultSecretCache cache, ILogger<KeyVaultSecretStore> logger) : ISecretStore
{
    public async Task<string?> GetAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        var vaultName = KeyVaultSecretNames.For(tenantId, name);
        if (cache.TryGet(vaultName, out var cached))
        {
            return cached;
        }
        var generation = cache.Generation;
        var value = await KeyVaultFailures.TranslateAsync(async () => (await ReadAsync(vaultName, cancellationToken))?.Value, cancellationToken);
        cache.Store(vaultName, value, generation);
        return value;
    }

    public async Task SetAsync(Guid tenantId, string name, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var vaultName = KeyVaultSecretNames.For(tenantId, name);
        cache.Forget(vaultName);
        try
        {
            var saved = await KeyVaultFailures.TranslateAsync(async () =>
            {
                var replaced = await ReadAsync(vaultName, cancellationToken);
                var secret = new KeyVaultSecret(vaultName, value) { Properties = { ContentType = KeyVaultSecretNames.ContentType } };
                foreach (var (tag, tagValue) in KeyVaultSecretNames.Tags(tenantId, name))
                {
                    secret.Properties.Tags[tag] = tagValue;
                }
                return (New: await SetRecoveringAsync(secret, cancellationToken), Replaced: replaced?.Properties.Version);
            }, cancellationToken);
            logger.LogInformation("Secret {Purpose} of tenant {TenantId} set in Key Vault as version {Version}", name, tenantId, saved.New.Properties.Version);
            await RetireOlderVersionsAsync(vaultName, [saved.New.Properties.Version, saved.Replaced], cancellationToken);
        }
        finally
        {
            cache.Forget(vaultName);
        }
    }

    public async Task<bool> DeleteAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        var vaultName = KeyVaultSecretNames.For(tenantId, name);
        cache.Forget(vaultName);
        try
        {
            var deleted = await KeyVaultFailures.TranslateAsync(async () =>
            {
                try
                {
                    var operation = await client.StartDeleteSecretAsync(vaultName, cancellationToken);
                    await operation.WaitForCompletionAsync(cancellationToken);
                    return true;
                }
                catch (RequestFailedException failure) when (failure.Status == 404)
                {
                    return false;
                }
            }, cancellationToken);
            if (deleted)
            {
                logger.LogInformation("Secret {Purpose} of tenant {TenantId} deleted from Key Vault (recoverable until purged)", name, tenantId);
            }
            return deleted;
        }
        finally
        {
            cache.Forget(vaultName);
        }
    }

    /// <summary>The current version, or null when there is none (never set, or deleted).</summary>
    private async Task<KeyVaultSecret?> ReadAsync(string vaultName, CancellationToken ct)
    {
        try
        {
            return (await client.GetSecretAsync(vaultName, cancellationToken: ct)).Value;
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Sets; a name held by a deleted secret (409) is recovered first, then set.</summary>
    private async Task<KeyVaultSecret> SetRecoveringAsync(KeyVaultSecret secret, CancellationToken ct)
    {
        try
        {
            return (await client.SetSecretAsync(secret, ct)).Value;
        }
        catch (RequestFailedException failure) when (failure.Status == 409)
        {
            var recovery = await client.StartRecoverDeletedSecretAsync(secret.Name, ct);
            await recovery.WaitForCompletionAsync(ct);
            logger.LogInformation("A deleted Key Vault secret was recovered to take a new version");
            return (await client.SetSecretAsync(secret, ct)).Value;
        }
    }

    /// <summary>
    /// Disables every enabled version but <paramref name="keep"/>. The new value is already current, so a failure here
    /// is logged and left to the next set: it never fails the caller's change.
    /// </summary>
    private async Task RetireOlderVersionsAsync(string vaultName, string?[] keep, CancellationToken ct)
    {
        try
        {
            await foreach (var version in client.GetPropertiesOfSecretVersionsAsync(vaultName, ct))
            {
                if (version.Enabled == true && !keep.Contains(version.Version))
                {
                    version.Enabled = false;
                    await client.UpdateSecretPropertiesAsync(version, ct);
                }
            }
        }
        catch (Exception failure) when (failure is RequestFailedException or AggregateException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Older versions of a Key Vault secret stay enabled until its next change ({Failure})", failure.GetType().Name);
        }
    }
}
