using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Calendar;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Webhooks.Calendar;

/// <summary>
/// One tenant's calendar integration (saved as the settings routes save it, its secret in the secret store) and
/// signed deliveries to its webhook URL, built from the providers.md examples.
/// </summary>
public sealed class CalendarHooks(ApiFixture api, TenantSession tenant, CalendarProvider provider, Guid integrationId, string? secret)
{
    public TenantSession Tenant => tenant;

    public Guid IntegrationId => integrationId;

    public string? Secret => secret;

    public string Url => $"/api/webhooks/{provider.Name()}/{integrationId}";

    public static async Task<CalendarHooks> StartAsync(
        ApiFixture api, CalendarProvider provider, CalendarIntegrationSettings? settings = null, string? secret = "whsec_" + "test-secret-1234",
        string businessType = "salon", bool enabled = true, TenantSession? tenant = null)
    {
        tenant ??= await TenantSession.StartAsync(api, businessType);
        var id = await SaveAsync(api, tenant.Tenant.TenantId, provider, settings ?? CalendarIntegrationSettings.Default, enabled);
        if (secret is not null)
        {
            await api.Service<ISecretStore>().SetAsync(tenant.Tenant.TenantId, provider.WebhookSecretName(), secret, CancellationToken.None);
        }
        return new CalendarHooks(api, tenant, provider, id, secret);
    }

    public static async Task<Guid> SaveAsync(ApiFixture api, Guid tenantId, CalendarProvider provider, CalendarIntegrationSettings settings, bool enabled, int version = 0)
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenantId, CancellationToken.None);
        var saved = await api.Service<PostgresCalendarIntegrations>().SaveAsync(
            uow, provider, enabled, settings, version, Ids.New(api.Clock), null, api.Clock.GetUtcNow(), CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return saved!.Value.Id;
    }

    /// <summary>Posts <paramref name="body"/> signed with <paramref name="key"/> (the integration's secret by default); null header = none.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonNode body, string? key = null, string? header = null, bool sign = true, string? url = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var request = new HttpRequestMessage(HttpMethod.Post, url ?? Url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var signature = header ?? (sign ? Sign(bytes, key ?? secret!) : null);
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(provider == CalendarProvider.CalCom ? CalcomSignature.HeaderName : CalendlySignature.HeaderName, signature);
        }
        return await api.Anonymous().SendAsync(request);
    }

    /// <summary>Posts, expects 200, then runs the work it queued (the booking, then the reminder sync it enqueued).</summary>
    public async Task DeliverAsync(JsonNode body)
    {
        var response = await PostAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await api.RunDueWorkAsync();
    }

    public string Sign(byte[] body, string key) => provider == CalendarProvider.CalCom
        ? CalcomSignature.Sign(body, key)
        : CalendlySignature.Sign(body, key, api.Clock.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>The tenant's live contacts, as the API lists them.</summary>
    public async Task<JsonElement[]> ContactsAsync()
    {
        var response = await tenant.Client.GetAsync("/api/contacts?limit=100");
        return (await response.ReadAsync()).GetProperty("items").EnumerateArray().ToArray();
    }

    public async Task<JsonElement> ContactAsync(string id) => await (await tenant.Client.GetAsync($"/api/contacts/{id}")).ReadAsync();

    /// <summary>The calendar_events rows of this integration, oldest first: (outcome, reason).</summary>
    public async Task<(string Outcome, string? Reason)[]> EventsAsync()
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenant.Tenant.TenantId, CancellationToken.None);
        return (await uow.QueryAsync<(string, string?)>(
            "SELECT outcome, reason FROM calendar_events WHERE tenant_id = @TenantId AND integration_id = @Id ORDER BY processed_at, id",
            new { uow.TenantId, Id = integrationId }, CancellationToken.None)).ToArray();
    }

    /// <summary>The reminder of a contact: its appointment and when the call is planned (null when none is).</summary>
    public async Task<(DateTimeOffset? AppointmentAt, DateTimeOffset? NextCallAt, string Status)> ReminderAsync(string contactId)
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenant.Tenant.TenantId, CancellationToken.None);
        return await uow.QuerySingleAsync<(DateTimeOffset?, DateTimeOffset?, string)>(
            "SELECT appointment_at, next_call_at, status FROM reminders WHERE tenant_id = @TenantId AND contact_id = @Id",
            new { uow.TenantId, Id = Guid.Parse(contactId) }, CancellationToken.None);
    }

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
