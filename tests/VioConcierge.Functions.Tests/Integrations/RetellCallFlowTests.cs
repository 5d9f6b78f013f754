using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations;

/// <summary>Call Now through the engine, the real Retell adapter and HTTP to the stub.</summary>
[Collection(RetellCollection.Name)]
public sealed class RetellCallFlowTests(RetellApiFixture api)
{
    private async Task<(TenantSession T, Guid SessionId)> CallNowAsync()
    {
        api.Stub.Reset();
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync();
        var contact = await t.CreateContactAsync("Rita Reminder");
        var response = await t.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (t, (await response.ReadAsync()).GetProperty("callSessionId").GetGuid());
    }

    private async Task<System.Text.Json.JsonElement> SessionAsync(TenantSession t, Guid sessionId) =>
        await (await t.Client.GetAsync($"/api/calls/{sessionId}")).ReadAsync();

    [Fact]
    public async Task CallNow_PlacesTheCallWithRetell_AndRecordsItsCallId()
    {
        var (t, sessionId) = await CallNowAsync();

        await api.RunDueWorkAsync();

        var create = Assert.Single(api.Stub.Creates());
        Assert.Equal(sessionId.ToString(), create.Json.GetProperty("metadata").Str("call_session_id"));
        Assert.Equal(t.Tenant.TenantId.ToString(), create.Json.GetProperty("metadata").Str("tenant_id"));
        var session = await SessionAsync(t, sessionId);
        Assert.Equal("ringing", session.Str("status"));
    }

    [Fact]
    public async Task CallNow_RetellTimesOut_TheSessionStaysOpen_AndIsNeverDialledAgain()
    {
        var (t, sessionId) = await CallNowAsync();
        api.Stub.Answer = _ => new StubAnswer(201, Delay: TimeSpan.FromSeconds(30));

        await api.RunDueWorkAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.RunDueWorkAsync();

        Assert.Single(api.Stub.Creates());
        var session = await SessionAsync(t, sessionId);
        Assert.Equal(("initiated", "placement_unconfirmed"), (session.Str("status"), session.Str("error")));
    }
}
