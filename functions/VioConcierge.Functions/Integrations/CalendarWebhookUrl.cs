using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Functions.Integrations;

/// <summary>
/// The absolute webhook URL of an integration, <c>/api/webhooks/{provider}/{integrationId}</c>, on the configured
/// <c>PublicBaseUrl</c> when set (behind a proxy or the Functions host), else on the request's own scheme and host.
/// </summary>
public sealed class CalendarWebhookUrl(IConfiguration configuration)
{
    public const string PublicBaseUrlKey = "PublicBaseUrl";

    public string For(CalendarProvider provider, Guid integrationId, HttpRequest request)
    {
        var configured = configuration[PublicBaseUrlKey];
        var baseUrl = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.Trim();
        return $"{baseUrl.TrimEnd('/')}/api/webhooks/{provider.Name()}/{integrationId:D}";
    }
}
