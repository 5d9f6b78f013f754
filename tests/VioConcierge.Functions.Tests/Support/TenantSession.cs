using System.Globalization;
using System.Net;
using System.Text.Json;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>A fresh tenant with its admin signed in, and helpers to create contacts through the API.</summary>
public sealed record TenantSession(ApiFixture Api, CreatedTenant Tenant, SignedIn Admin)
{
    public static async Task<TenantSession> StartAsync(ApiFixture api, string businessType = "salon")
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root, businessType);
        return new TenantSession(api, tenant, await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword));
    }

    /// <summary>
    /// A fresh tenant on a Tuesday morning whose contact has just been called with Call Now, the call placed (and
    /// ringing) through the fixture's voice provider: the tenant and the call session.
    /// </summary>
    public static async Task<(TenantSession T, Guid SessionId)> WithPlacedCallAsync(ApiFixture api)
    {
        api.NextTuesdayMorning();
        var t = await StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Wendy Webhook", phone = "07700 900123", appointmentTime = t.InDays(3) });
        var response = await t.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await api.RunDueWorkAsync();
        return (t, (await response.ReadAsync()).GetProperty("callSessionId").GetGuid());
    }

    public HttpClient Client => Admin.Client;

    /// <summary>An appointment time <paramref name="days"/> ahead of the test clock, ISO-8601 with offset.</summary>
    public string InDays(double days) => Api.Clock.GetUtcNow().AddDays(days).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    public async Task<JsonElement> CreateContactAsync(object body, HttpClient? client = null)
    {
        var response = await (client ?? Client).PostJsonAsync("/api/contacts", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public Task<JsonElement> CreateContactAsync(string name, string phone = "07700 900123", double days = 7, string? email = null) =>
        CreateContactAsync(new { name, phone, email, appointmentTime = InDays(days) });

    public async Task<string[]> NamesAsync(string query)
    {
        var response = await Client.GetAsync("/api/contacts?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync()).GetProperty("items").EnumerateArray().Select(c => c.Str("name")).ToArray();
    }

    /// <summary>
    /// The contact's reminder and call timeline (<c>GET /api/contacts/{id}/calls</c>), as the tenant's admin signed in
    /// afresh: the tests move the clock past token lifetimes.
    /// </summary>
    public async Task<JsonElement> TimelineAsync(Guid contactId)
    {
        var admin = await Api.SignInAsync(Tenant.AdminEmail, Tenant.AdminPassword);
        var response = await admin.Client.GetAsync($"/api/contacts/{contactId}/calls");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }
}
