using System.Net;
using System.Text.Json;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Integrations;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.VoiceSimulator;

namespace VioConcierge.Functions.Tests.Webhooks;

/// <summary>
/// The voice simulator end to end: the reminder engine places a call through it, it posts signed Retell webhooks
/// over HTTP into the real webhook endpoint, and the work they enqueue updates the call, the reminder and the contact.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class VoiceSimulatorTests(SimulatorApiFixture api)
{
    private async Task<JsonElement> GetAsync(TenantSession t, string url)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var response = await admin.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.ReadAsync();
    }

    /// <summary>Creates a contact, lets its reminder fire and the simulator call; returns the contact's calls afterwards.</summary>
    private async Task<(TenantSession T, Guid ContactId, JsonElement Calls)> RemindAsync(string phone, int expectedEvents)
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Sim Caller", phone, appointmentTime = tuesday.AddDays(3).AddHours(4).ToString("O") });
        var contactId = contact.GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        var planned = await GetAsync(t, $"/api/contacts/{contactId}/calls");
        api.Clock.AdvanceTo(planned.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        await api.RunDueWorkAsync();
        var sessionId = (await GetAsync(t, $"/api/contacts/{contactId}/calls")).GetProperty("calls")[0].GetProperty("id").GetGuid();

        Assert.Equal(expectedEvents, await api.ReceiptsAsync(sessionId, expectedEvents));
        await api.RunDueWorkAsync();
        return (t, contactId, await GetAsync(t, $"/api/contacts/{contactId}/calls"));
    }

    [Fact]
    public async Task Reminder_NumberEndingIn01_IsConfirmedThroughTheWebhooks()
    {
        var (t, contactId, calls) = await RemindAsync("07700 900101", 3);

        var call = Assert.Single(calls.GetProperty("calls").EnumerateArray());
        Assert.Equal(("completed", "confirmed"), (call.Str("status"), call.Str("outcome")));
        Assert.NotEqual(JsonValueKind.Null, call.GetProperty("connectedAt").ValueKind);
        Assert.Equal(("done", "confirmed"), (calls.GetProperty("reminder").Str("status"), calls.GetProperty("reminder").Str("doneReason")));
        Assert.Equal("confirmed", (await GetAsync(t, $"/api/contacts/{contactId}")).Str("status"));
    }

    [Fact]
    public async Task Reminder_NumberEndingIn04_IsUnansweredAndARetryIsPlanned()
    {
        var (t, contactId, calls) = await RemindAsync("07700 900104", 2);

        var call = Assert.Single(calls.GetProperty("calls").EnumerateArray());
        Assert.Equal(("completed", "no_answer"), (call.Str("status"), call.Str("outcome")));
        Assert.Equal(JsonValueKind.Null, call.GetProperty("connectedAt").ValueKind);
        Assert.Equal("scheduled", calls.GetProperty("reminder").Str("status"));
        Assert.Equal("no_answer", calls.GetProperty("reminder").Str("lastOutcome"));
        Assert.Contains(calls.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "retry_planned");
        Assert.Equal(1, (await GetAsync(t, $"/api/contacts/{contactId}")).GetProperty("callAttempts").GetInt32());
    }

    [Fact]
    public async Task CallNow_NumberEndingIn02_IsCancelled()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Sim Caller", phone = "07700 900102", appointmentTime = t.InDays(3) });
        var response = await t.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
        var sessionId = (await response.ReadAsync()).GetProperty("callSessionId").GetGuid();
        await api.RunDueWorkAsync();

        Assert.Equal(3, await api.ReceiptsAsync(sessionId, 3));
        await api.RunDueWorkAsync();
        var call = await GetAsync(t, $"/api/calls/{sessionId}");
        Assert.Equal(("completed", "cancelled"), (call.Str("status"), call.Str("outcome")));
        Assert.Equal("cancelled", (await GetAsync(t, $"/api/contacts/{contact.Str("id")}")).Str("status"));
    }

    [Fact]
    public async Task Lookup_FindsTheEndedCall_WithTheOutcomeItsWebhooksCarry_AndNotForAnotherTenant()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var simulator = api.Service<SimulatedVoiceProvider>();
        var placed = await simulator.PlaceCallAsync(RetellSetupHelper.Request(t.Tenant.TenantId) with { ToNumber = "+447700900106" }, CancellationToken.None);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        CallLookup? lookup;
        while ((lookup = await simulator.LookupCallAsync(t.Tenant.TenantId, placed.ProviderCallId!, CancellationToken.None)) is { Ended: false } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal((true, CallOutcome.Voicemail, "voicemail_reached"), (lookup!.Ended, lookup.Outcome, lookup.Reason));
        Assert.Null(await simulator.LookupCallAsync(Guid.NewGuid(), placed.ProviderCallId!, CancellationToken.None));
    }
}
