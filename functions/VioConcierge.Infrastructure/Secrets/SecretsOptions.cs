using System.ComponentModel.DataAnnotations;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// Where integration secrets live (section <c>Secrets</c>). <c>Database</c> (default): encrypted rows in
/// PostgreSQL. <c>KeyVault</c>: Azure Key Vault through <c>SecretClient</c> + <c>DefaultAzureCredential</c>, which
/// this build does not contain (the Azure SDK packages do not restore on the build machines), so choosing it stops
/// the host at start-up rather than silently storing secrets elsewhere.
/// </summary>
public sealed class SecretsOptions : IValidatableObject
{
    public const string SectionName = "Secrets";
    public const string Database = "Database";
    public const string KeyVault = "KeyVault";

    public string Store { get; set; } = Database;

    /// <summary>The vault's URI, for <c>KeyVault</c>.</summary>
    public string? VaultUri { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.Equals(Store, KeyVault, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Secrets:Store = KeyVault: the Key Vault adapter is not part of this build; use Database.", [nameof(Store)]);
        }
        else if (!string.Equals(Store, Database, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Secrets:Store must be {Database} or {KeyVault}.", [nameof(Store)]);
        }
    }
}
