namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The providers' names (<c>calcom</c>, <c>calendly</c>: route segments, the <c>provider</c> column, receipts) and the
/// secret names each keeps in the secret store.
/// </summary>
public static class CalendarProviders
{
    public const string CalComName = "calcom";
    public const string CalendlyName = "calendly";

    /// <summary>The provider a route segment or stored name names (exact, lower-case); false for anything else.</summary>
    public static bool TryParse(string? name, out CalendarProvider provider)
    {
        (var known, provider) = name switch
        {
            CalComName => (true, CalendarProvider.CalCom),
            CalendlyName => (true, CalendarProvider.Calendly),
            _ => (false, default),
        };
        return known;
    }

    public static string Name(this CalendarProvider provider) => provider switch
    {
        CalendarProvider.CalCom => CalComName,
        CalendarProvider.Calendly => CalendlyName,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>The API key (Cal.com) or personal access token (Calendly).</summary>
    public static string ApiKeySecretName(this CalendarProvider provider) => provider switch
    {
        CalendarProvider.CalCom => SecretNames.CalComApiKey,
        _ => SecretNames.CalendlyApiKey,
    };

    /// <summary>The key webhooks are signed with: Cal.com's webhook secret, Calendly's subscription signing key.</summary>
    public static string WebhookSecretName(this CalendarProvider provider) => provider switch
    {
        CalendarProvider.CalCom => SecretNames.CalComWebhookSecret,
        _ => SecretNames.CalendlyWebhookSigningKey,
    };
}
