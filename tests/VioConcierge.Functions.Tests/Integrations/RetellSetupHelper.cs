using System.Net;
using VioConcierge.Core.Calls;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations;

public static class RetellSetupHelper
{
    public const string Url = "/api/settings/integrations/retell";
    public const string AgentId = "agent_4f6b2c8e9d";
    public const string CallerId = "+442079460958";

    /// <summary>Saves the tenant's Retell set-up through the API (with its own key when given).</summary>
    public static async Task ConfigureRetellAsync(this TenantSession t, string? apiKey = null)
    {
        var response = await t.Client.SendJsonAsync(HttpMethod.Put, Url, new { agentId = AgentId, callerId = CallerId, apiKey });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static CallRequest Request(Guid tenantId, int? attempt = 2) => new(
        tenantId, Guid.NewGuid(), Guid.NewGuid(), attempt is null ? null : Guid.NewGuid(), attempt, "+447700900123", "key",
        new CallContext("Rita Reminder", "Smile Dental", new DateTimeOffset(2030, 7, 12, 13, 30, 0, TimeSpan.Zero), "Europe/London",
            "Check-up", "Dr Patel", null, 30, null));
}
