using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// A tenant's secret of a purpose as a Key Vault secret: named <c>t-{tenantId:N}-{provider}-{key}</c>
/// (<c>retell/api-key</c> becomes <c>t-…-retell-api-key</c>: letters, digits and dashes, at most 127 characters, one
/// name per tenant and purpose since a provider has no dash), content type <see cref="ContentType"/>, tagged with
/// <see cref="TenantTag"/> and <see cref="PurposeTag"/> so an operator sees whose and what it is without reading it.
/// </summary>
public static class KeyVaultSecretNames
{
    public const string ContentType = "text/plain";
    public const string TenantTag = "tenant-id";
    public const string PurposeTag = "purpose";

    public static string For(Guid tenantId, string name)
    {
        SecretNames.EnsureValid(name);
        return $"t-{tenantId:N}-{name.Replace('/', '-')}";
    }

    public static IReadOnlyDictionary<string, string> Tags(Guid tenantId, string name) => new Dictionary<string, string>
    {
        [TenantTag] = tenantId.ToString(),
        [PurposeTag] = name,
    };
}
