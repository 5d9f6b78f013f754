using System.Globalization;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>
/// Typed client of Cal.com's API v2 (<c>CalCom:BaseUrl</c>), reads only, the tenant's key per call:
/// <c>GET /v2/me</c> (<c>{status, data: {email, ...}}</c>) and <c>GET /v2/event-types/{id}</c> (with <c>cal-api-version</c>).
/// </summary>
public sealed class CalComClient(HttpClient http, IOptions<CalComOptions> options)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    public Task<CalendarApiAnswer> GetMeAsync(string apiKey, CancellationToken ct) =>
        CalendarApiGet.SendAsync(http, "v2/me", apiKey, options.Value.RequestTimeout, NoHeaders, ct);

    public Task<CalendarApiAnswer> GetEventTypeAsync(string apiKey, long eventTypeId, CancellationToken ct) =>
        CalendarApiGet.SendAsync(http, $"v2/event-types/{eventTypeId.ToString(CultureInfo.InvariantCulture)}", apiKey, options.Value.RequestTimeout,
            new Dictionary<string, string> { ["cal-api-version"] = options.Value.EventTypesApiVersion }, ct);

    /// <summary>The account email in a <see cref="GetMeAsync"/> answer.</summary>
    public static string? Email(CalendarApiAnswer me) => me.Text("data", "email");
}
