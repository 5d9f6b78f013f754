using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// The effective Retell key: the tenant's own (secret store, <see cref="SecretNames.RetellApiKey"/>) or the
/// platform's <c>Retell:ApiKey</c>. A tenant's lookup is cached for <c>Retell:KeyCacheDuration</c> so webhook
/// verification does not decrypt per delivery; changing the key through the settings route forgets it at once on
/// this instance (other instances within the cache duration).
/// </summary>
public sealed class RetellCredentials(ISecretStore secrets, IOptions<RetellOptions> options, TimeProvider time) : IRetellCredentials
{
    /// <summary>Bounds the cache: webhooks name tenants before their signature is checked, so ids may be made up.</summary>
    private const int MaxCachedTenants = 10_000;

    private readonly ConcurrentDictionary<Guid, (string? Key, DateTimeOffset Until)> _tenantKeys = new();

    public bool HasPlatformKey => !string.IsNullOrEmpty(options.Value.ApiKey);

    private string? PlatformKey => HasPlatformKey ? options.Value.ApiKey : null;

    public async Task<string?> GetApiKeyAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        if (tenantId is not { } id)
        {
            return PlatformKey;
        }
        var now = time.GetUtcNow();
        if (_tenantKeys.TryGetValue(id, out var cached) && cached.Until > now)
        {
            return cached.Key ?? PlatformKey;
        }
        var own = await secrets.GetAsync(id, SecretNames.RetellApiKey, cancellationToken);
        if (_tenantKeys.Count < MaxCachedTenants || _tenantKeys.ContainsKey(id))
        {
            _tenantKeys[id] = (own, now + options.Value.KeyCacheDuration);
        }
        return own ?? PlatformKey;
    }

    public void Forget(Guid tenantId) => _tenantKeys.TryRemove(tenantId, out _);
}
