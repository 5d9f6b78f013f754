using System.Text.RegularExpressions;

namespace VioConcierge.Core.Integrations;

/// <summary>
/// Secret names: lower-case letters, digits and <c>/ . _ -</c>, a provider prefix first (<c>retell/api-key</c>,
/// <c>calcom/webhook-secret</c>), at most 128 characters.
/// </summary>
public static partial class SecretNames
{
    public const string RetellApiKey = "retell/api-key";
    public const string CalComApiKey = "calcom/api-key";
    public const string CalComWebhookSecret = "calcom/webhook-secret";
    public const string CalendlyApiKey = "calendly/api-key";
    public const string CalendlyWebhookSigningKey = "calendly/webhook-signing-key";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9/._-]{0,127}$")]
    private static partial Regex Pattern();
}
