namespace VioConcierge.Core.Integrations;

/// <summary>
/// Named secrets per tenant (integration API keys, webhook signing keys), e.g. <see cref="SecretNames.RetellApiKey"/>.
/// Values are written and read whole, never listed; callers mask them before showing anything and never log them.
/// Locally encrypted rows in PostgreSQL; in Azure, Key Vault.
/// </summary>
public interface ISecretStore
{
    /// <summary>The secret's value, or null when the tenant has none of that name.</summary>
    Task<string?> GetAsync(Guid tenantId, string name, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the secret.</summary>
    Task SetAsync(Guid tenantId, string name, string value, CancellationToken cancellationToken);

    /// <summary>Removes the secret; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid tenantId, string name, CancellationToken cancellationToken);
}
