using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

/// <summary>Calendar settings routes and a tenant's saves through them.</summary>
public static class CalendarSetup
{
    public const string CalComKey = "cal_live_9f8e7d6c5b4a3210";
    public const string CalComSecret = "whsec-cal-5e6f7a8b9c0d";
    public const string CalendlyToken = "eyJhbGciOiJIUzI1NiJ9.calendly-pat-example.Zm9vYmFy0001";
    public const string CalendlySigningKey = "signing-key-calendly-77aa88bb";
    public const string OrganizerEmail = "desk@example.org";
    public const string EventTypeUri = "https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA";

    public static string Url(string provider) => $"/api/settings/integrations/{provider}";

    public static async Task<JsonElement> PutOkAsync(this TenantSession t, string provider, object body)
    {
        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url(provider), body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static Task<JsonElement> EnableCalComAsync(this TenantSession t, params long[] eventTypes) =>
        t.PutOkAsync("calcom", new { enabled = true, organizerEmail = OrganizerEmail, eventTypeFilter = eventTypes, apiKey = CalComKey, webhookSecret = CalComSecret });

    public static Task<JsonElement> EnableCalendlyAsync(this TenantSession t, params string[] eventTypes) =>
        t.PutOkAsync("calendly", new { enabled = true, organizerEmail = OrganizerEmail, eventTypeFilter = eventTypes, apiKey = CalendlyToken, signingKey = CalendlySigningKey });

    public static async Task<JsonElement> GetOkAsync(this TenantSession t, string provider)
    {
        var response = await t.Client.GetAsync(Url(provider));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }

    public static string[] ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();
}
