using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// Stops start-up while any setting still holds a Key Vault reference (<c>@Microsoft.KeyVault(...)</c>) instead of its
/// secret. Azure hands the app the reference text itself when it cannot resolve it (the identity's vault role not yet
/// in effect, a missing secret), and a token signing key or Retell key equal to that text, which anyone who can read
/// the app's settings or guess the vault's name knows, would let them forge access tokens or webhooks. Names the
/// settings, never their values. Runs with the start-up validation of <see cref="SecretsOptions"/>.
/// </summary>
public sealed class UnresolvedSecretReferences(IConfiguration configuration) : IValidateOptions<SecretsOptions>
{
    public const string ReferencePrefix = "@Microsoft.KeyVault(";

    public ValidateOptionsResult Validate(string? name, SecretsOptions options)
    {
        var unresolved = configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(ReferencePrefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return unresolved.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Key Vault references were not resolved (does the app identity have its vault role, and "
                + "does each secret exist?): " + string.Join(", ", unresolved));
    }
}
