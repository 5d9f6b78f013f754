using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>
/// Typed client of Calendly's API v2 (<c>Calendly:BaseUrl</c>), reads only, the tenant's personal access token per
/// call: <c>GET /users/me</c> (<c>{resource: {email, uri, ...}}</c>) and <c>GET /event_types/{uuid}</c>.
/// </summary>
public sealed class CalendlyClient(HttpClient http, IOptions<CalendlyOptions> options)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    public Task<CalendarApiAnswer> GetCurrentUserAsync(string token, CancellationToken ct) =>
        CalendarApiGet.SendAsync(http, "users/me", token, options.Value.RequestTimeout, NoHeaders, ct);

    /// <summary>The event type a stored filter URI names, asked of the configured API (never of the URI's own host).</summary>
    public Task<CalendarApiAnswer> GetEventTypeAsync(string token, string eventTypeUri, CancellationToken ct) =>
        CalendarApiGet.SendAsync(http, $"event_types/{Uri.EscapeDataString(eventTypeUri[(eventTypeUri.LastIndexOf('/') + 1)..])}", token,
            options.Value.RequestTimeout, NoHeaders, ct);

    /// <summary>The account email in a <see cref="GetCurrentUserAsync"/> answer.</summary>
    public static string? Email(CalendarApiAnswer me) => me.Text("resource", "email");
}
