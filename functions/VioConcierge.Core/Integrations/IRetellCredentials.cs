namespace VioConcierge.Core.Integrations;

/// <summary>
/// The Retell API key to use for a tenant: its own key from the secret store when it has one, otherwise the
/// platform's key (<c>Retell:ApiKey</c>); null when neither exists. Used to place calls and to verify webhook
/// signatures (Retell signs webhooks with the API key).
/// </summary>
public interface IRetellCredentials
{
    /// <summary>The effective key; <paramref name="tenantId"/> null asks for the platform key.</summary>
    Task<string?> GetApiKeyAsync(Guid? tenantId, CancellationToken cancellationToken);

    /// <summary>Whether the platform key is set, so tenants without their own key can still call.</summary>
    bool HasPlatformKey { get; }

    /// <summary>Forgets any cached key of the tenant (after its key was changed).</summary>
    void Forget(Guid tenantId);
}
