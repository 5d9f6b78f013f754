using System.Net;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A dialled reminder call is an orchestration until its outcome reaches the reminder: Retell's signed webhook records
/// the outcome on the call session and raises it as an external event on the call's orchestration, which applies it
/// to the reminder. Without an orchestration waiting, the outcome still reaches the reminder, and an outcome whose
/// event was lost is given to the reminder by the outcome check.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class ReminderCallEventTests(VoiceApiFixture api)
{
    [Fact]
    public async Task CallEndedWebhook_IsAnEventOnTheCallsOrchestration_WhichAppliesItToTheReminder()
    {
        var (t, contactId, call) = await DialledAsync("07700 900611");
        var instanceId = ReminderCallWatch.InstanceIdFor(call.SessionId);
        var watching = await api.Factory.DurableClient.GetInstanceAsync(instanceId, getInputsAndOutputs: false);

        await EndAsync(t, call, "call_ended", "dial_no_answer");
        var ended = await CompletedAsync(instanceId);
        var timeline = await t.TimelineAsync(contactId);

        Assert.NotNull(watching);
        Assert.Equal(nameof(ReminderCallFunctions.WatchReminderCall), watching.Name);
        Assert.Equal((OrchestrationRuntimeStatus.Completed, ReminderCallFunctions.Applied), (ended.RuntimeStatus, ended.ReadOutputAs<string>()));
        Assert.Equal("scheduled", timeline.GetProperty("reminder").Str("status"));
        Assert.Contains("outcome_no_answer", timeline.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")));
    }

    [Fact]
    public async Task NoOrchestrationWaiting_TheOutcomeStillReachesTheReminder_Once()
    {
        var (t, contactId, call) = await DialledAsync("07700 900612");
        var instanceId = ReminderCallWatch.InstanceIdFor(call.SessionId);
        await api.Factory.DurableClient.TerminateInstanceAsync(instanceId);
        await CompletedAsync(instanceId);

        await EndAsync(t, call, "call_analyzed", "user_hangup");
        await EndAsync(t, call, "call_analyzed", "user_hangup");
        var contact = await ContactAsync(t, contactId);

        Assert.Equal(("confirmed", 1), (contact.Str("status"), contact.GetProperty("callAttempts").GetInt32()));
    }

    [Fact]
    public async Task OutcomeRecordedButItsEventLost_TheOutcomeCheckGivesTheReminderThatOutcome_NotATimeout()
    {
        var (t, contactId, call) = await DialledAsync("07700 900613");
        await api.Factory.DurableClient.TerminateInstanceAsync(ReminderCallWatch.InstanceIdFor(call.SessionId));
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, call.SessionId, CallOutcome.Confirmed, CancellationToken.None);
        var lost = await api.CountAsync(
            "DELETE FROM work_items WHERE kind = 'reminders.call-outcome' AND dedupe_key = @key RETURNING 1", new { key = $"call:{call.SessionId}:outcome" });

        var before = (await ContactAsync(t, contactId)).Str("status");
        api.Clock.Advance(TimeSpan.FromMinutes(31));
        await api.RunDueWorkAsync();
        var contact = await ContactAsync(t, contactId);

        Assert.Equal(1, lost);
        Assert.Equal("pending", before);
        Assert.Equal("confirmed", contact.Str("status"));
        Assert.DoesNotContain("outcome_timed_out", (await t.TimelineAsync(contactId)).GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")));
    }

    /// <summary>A contact whose reminder call has just been dialled (the fake provider holds it live).</summary>
    private async Task<(TenantSession T, Guid ContactId, (string CallId, Guid SessionId) Call)> DialledAsync(string phone)
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api, "salon");
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contactId = (await t.CreateContactAsync(new { name = "Evan Event", phone, appointmentTime = appointment.ToString("O") })).GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(appointment.AddHours(-24));
        await api.RunDueWorkAsync();
        Assert.Single(api.Voice.For(contactId));
        return (t, contactId, Assert.Single(api.Voice.Live(t.Tenant.TenantId)));
    }

    private async Task EndAsync(TenantSession t, (string CallId, Guid SessionId) call, string @event, string reason)
    {
        var response = await RetellEvents.PostSignedAsync(api, RetellEvents.Body(@event, call.CallId, t.Tenant.TenantId, call.SessionId, reason));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await api.RunDueWorkAsync();
    }

    private async Task<JsonElement> ContactAsync(TenantSession t, Guid contactId)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        return await (await admin.Client.GetAsync($"/api/contacts/{contactId}")).ReadAsync();
    }

    private async Task<OrchestrationMetadata> CompletedAsync(string instanceId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await api.Factory.DurableClient.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, patience.Token);
    }
}
