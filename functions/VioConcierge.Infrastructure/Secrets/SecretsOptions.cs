using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// Where tenants' integration secrets live (section <c>Secrets</c>). <c>Database</c> (default): encrypted rows in
/// PostgreSQL (<see cref="PostgresSecretStore"/>). <c>KeyVault</c>: Azure Key Vault at <see cref="VaultUri"/> through
/// <c>SecretClient</c> and <c>DefaultAzureCredential</c> (<see cref="KeyVaultSecretStore"/>). Anything else, or
/// <c>KeyVault</c> without an absolute https vault URI, stops the host at start-up.
/// </summary>
public sealed class SecretsOptions : IValidatableObject
{
    public const string SectionName = "Secrets";
    public const string Database = "Database";
    public const string KeyVault = "KeyVault";

    public string Store { get; set; } = Database;

    /// <summary>The vault's URI (<c>https://{name}.vault.azure.net/</c>), for <c>KeyVault</c>.</summary>
    public string? VaultUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity to sign in as; none: <c>DefaultAzureCredential</c>'s own choice.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long an instance keeps a secret it read from the vault (or that there is none); this instance's own changes apply at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a vault request that was throttled (429), failed (5xx) or timed out, before the caller is told 503.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay, doubled for each next one (a longer <c>Retry-After</c> from the vault wins).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How long one vault request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Development only (<see cref="SecretsEnvironmentValidation"/>): the SHA-256 thumbprint of a local fake vault's
    /// certificate. When set, the app trusts that one certificate and signs in with a fixed development token
    /// (<see cref="KeyVaultAccess"/>) instead of <c>DefaultAzureCredential</c>.
    /// </summary>
    public string? KeyVaultDevelopmentCertificate { get; set; }

    public bool UsesKeyVault => string.Equals(Store, KeyVault, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesKeyVault)
        {
            if (!Uri.TryCreate(VaultUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult("Secrets:VaultUri must be the vault's absolute https URI when Secrets:Store = KeyVault.", [nameof(VaultUri)]);
            }
        }
        else if (!string.Equals(Store, Database, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Secrets:Store must be {Database} or {KeyVault}.", [nameof(Store)]);
        }
    }
}
