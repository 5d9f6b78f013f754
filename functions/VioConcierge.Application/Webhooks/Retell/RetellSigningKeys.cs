using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>
/// Retell signs a webhook with the API key that placed the call: the tenant's own key (from the secret store) when the
/// call's metadata names a tenant that has one, otherwise the platform key (<c>Retell:ApiKey</c>). Without a tenant:
/// the platform key only. Keys are cached per instance by <see cref="IRetellCredentials"/>.
/// </summary>
public sealed class RetellSigningKeys(IRetellCredentials credentials) : IRetellSigningKeys
{
    public const string PlatformKeySetting = "Retell:ApiKey";

    public async Task<IReadOnlyList<string>> KeysForAsync(Guid? tenantId, CancellationToken cancellationToken) =>
        await credentials.GetApiKeyAsync(tenantId, cancellationToken) is { } key ? [key] : [];
}
