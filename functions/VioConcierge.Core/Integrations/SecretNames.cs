using System.Text.RegularExpressions;

namespace VioConcierge.Core.Integrations;

/// <summary>
/// Secret names: a purpose, <c>{provider}/{key}</c> (<c>retell/api-key</c>, <c>calcom/webhook-secret</c>): the provider
/// in lower-case letters and digits, the key in lower-case words of letters and digits joined by single dashes, at most
/// <see cref="MaxLength"/> characters. Every store can keep such a name as it is: Key Vault's names (letters, digits
/// and dashes, case-insensitive, at most 127 characters) hold it with its tenant as <c>t-{tenantId:N}-{provider}-{key}</c>,
/// one name per tenant and purpose.
/// </summary>
public static partial class SecretNames
{
    public const string RetellApiKey = "retell/api-key";
    public const string CalComApiKey = "calcom/api-key";
    public const string CalComWebhookSecret = "calcom/webhook-secret";
    public const string CalendlyApiKey = "calendly/api-key";
    public const string CalendlyWebhookSigningKey = "calendly/webhook-signing-key";

    /// <summary>The longest name: Key Vault's 127 characters less the tenant prefix <c>t-{32 hex digits}-</c>.</summary>
    public const int MaxLength = 92;

    public static bool IsValid(string? name) => name is { Length: <= MaxLength } && Pattern().IsMatch(name);

    /// <summary>Throws <see cref="ArgumentException"/> for a name that is not valid (a defect of the caller, not input).</summary>
    public static void EnsureValid(string name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException($"Secret names are {{provider}}/{{key}}: lower-case letters and digits, words of the key joined by dashes (at most {MaxLength}).", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9]+/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
