using System.Net;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using Moq;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A reminder call's outcome reaches its reminder through the call's orchestration: Retell's signed webhook records the
/// outcome on the call session, and its work item starts the call's orchestration and raises the outcome on it as an
/// external event; the orchestration decides what it means for the reminder. Dialling never touches the task hub. An
/// orchestration that ended without deciding leaves the outcome to the item, and an outcome whose event was lost is
/// given to the reminder by the outcome check.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class ReminderCallEventTests(VoiceApiFixture api)
{
    [Fact]
    public async Task CallEndedWebhook_IsAnEventOnTheCallsOrchestration_WhichDecidesTheRetry()
    {
        var (t, contactId, call) = await DialledAsync("07700 900611");
        var instanceId = ReminderCallWatch.InstanceIdFor(call.SessionId);
        var whileLive = await api.Factory.DurableClient.GetInstanceAsync(instanceId, getInputsAndOutputs: false);

        await EndAsync(t, call, "call_ended", "dial_no_answer");
        var ended = await CompletedAsync(instanceId);
        var timeline = await t.TimelineAsync(contactId);

        Assert.Null(whileLive);
        Assert.Equal(nameof(ReminderCallFunctions.WatchReminderCall), ended.Name);
        Assert.Equal((OrchestrationRuntimeStatus.Completed, ReminderCallFunctions.Applied), (ended.RuntimeStatus, ended.ReadOutputAs<string>()));
        Assert.Equal("scheduled", timeline.GetProperty("reminder").Str("status"));
        Assert.Equal(["outcome_no_answer", "retry_planned"],
            timeline.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).SkipWhile(code => code != "outcome_no_answer").Take(2));
    }

    [Fact]
    public async Task CallsOrchestrationEndedWithoutDeciding_TheOutcomeStillReachesTheReminder_Once()
    {
        var (t, contactId, call) = await DialledAsync("07700 900612");
        var client = api.Factory.DurableClient;
        var watch = new ReminderCallWatch(t.Tenant.TenantId, call.SessionId, TimeSpan.FromHours(1));
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(ReminderCallFunctions.WatchReminderCall), watch, new StartOrchestrationOptions(watch.InstanceId));
        await client.TerminateInstanceAsync(watch.InstanceId);
        var terminated = await CompletedAsync(watch.InstanceId);

        await EndAsync(t, call, "call_analyzed", "user_hangup");
        await EndAsync(t, call, "call_analyzed", "user_hangup");
        var contact = await ContactAsync(t, contactId);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, terminated.RuntimeStatus);
        Assert.Equal(("confirmed", 1), (contact.Str("status"), contact.GetProperty("callAttempts").GetInt32()));
    }

    [Fact]
    public async Task OutcomeRecordedButItsEventLost_TheOutcomeCheckGivesTheReminderThatOutcome_NotATimeout()
    {
        var (t, contactId, call) = await DialledAsync("07700 900613");
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

    [Fact]
    public async Task OutcomesPastTheInstancesBudget_AreAppliedByTheirItem_WithoutTheTaskHub()
    {
        var handler = Handler(new ReminderCallOptions { OrchestratedPerMinute = 1 });
        using var hub = InvocationDurableClient.Use(api.Factory.DurableClient);
        var (t, firstContact, first) = await DialledAsync("07700 900614");
        await handler.HandleAsync(OutcomeItem(t, firstContact, first, CallOutcome.Cancelled), CancellationToken.None);
        var orchestrated = await CompletedAsync(ReminderCallWatch.InstanceIdFor(first.SessionId));
        var firstStatus = (await ContactAsync(t, firstContact)).Str("status");

        var (u, secondContact, second) = await DialledAsync("07700 900616");
        await handler.HandleAsync(OutcomeItem(u, secondContact, second, CallOutcome.Cancelled), CancellationToken.None);
        var secondStatus = (await ContactAsync(u, secondContact)).Str("status");

        Assert.Equal(ReminderCallFunctions.Applied, orchestrated.ReadOutputAs<string>());
        Assert.Equal(("cancelled", "cancelled"), (firstStatus, secondStatus));
        Assert.Null(await api.Factory.DurableClient.GetInstanceAsync(ReminderCallWatch.InstanceIdFor(second.SessionId), getInputsAndOutputs: false));
    }

    [Fact]
    public async Task NoBudgetAtAll_TheOutcomeIsAppliedByItsItem_WithoutTheTaskHub()
    {
        var (t, contactId, call) = await DialledAsync("07700 900617");

        await Handler(new ReminderCallOptions { OrchestratedPerMinute = 0 }).HandleAsync(OutcomeItem(t, contactId, call, CallOutcome.Confirmed), CancellationToken.None);

        Assert.Equal("confirmed", (await ContactAsync(t, contactId)).Str("status"));
        Assert.Null(await api.Factory.DurableClient.GetInstanceAsync(ReminderCallWatch.InstanceIdFor(call.SessionId), getInputsAndOutputs: false));
    }

    private ReminderCallOutcomeHandler Handler(ReminderCallOptions options) =>
        new(api.Service<ReminderCallOutcomes>(), api.Service<IWorkQueue>(), new ReminderCallBudget(Options.Create(options)), Options.Create(options), api.Clock);

    /// <summary>The outcome's work item as the call's session would have it recorded (the handler's input).</summary>
    private WorkItem OutcomeItem(TenantSession t, Guid contactId, (string CallId, Guid SessionId) call, CallOutcome outcome) =>
        new(Guid.NewGuid(), WorkKinds.ReminderCallOutcome, t.Tenant.TenantId,
            WorkPayload.Write(new ReminderCallOutcome(t.Tenant.TenantId, call.SessionId, contactId, 1, outcome)), api.Clock.GetUtcNow(), 1, 5, null);

    [Fact]
    public async Task TaskHubTakesTheEventButNeverDecides_TheDeadlineAppliesTheOutcome_AfterDecideWithin()
    {
        var (t, contactId, call) = await DialledAsync("07700 900615");
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, call.SessionId, CallOutcome.Confirmed, CancellationToken.None);
        var item = await TakeOutcomeItemAsync(call.SessionId);
        var options = new ReminderCallOptions { OrchestratedPerMinute = 100 };
        var busyHub = new Mock<DurableTaskClient>("busy hub");
        busyHub.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => new OrchestrationMetadata(nameof(ReminderCallFunctions.WatchReminderCall), id)
            {
                RuntimeStatus = OrchestrationRuntimeStatus.Running,
            });
        var handler = Handler(options);
        var handledFrom = api.Clock.GetUtcNow();
        using (InvocationDurableClient.Use(busyHub.Object))
        {
            await handler.HandleAsync(item, CancellationToken.None);
        }
        var handledBy = api.Clock.GetUtcNow();

        var beforeDeadline = (await ContactAsync(t, contactId)).Str("status");
        var deadline = await api.CountAsync(
            "SELECT count(*) FROM work_items WHERE kind = 'reminders.call-deadline' AND dedupe_key = @key AND status = 'pending' AND due_at BETWEEN @from AND @by",
            new { key = $"call:{call.SessionId}:deadline", from = handledFrom + options.DecideWithin, by = handledBy + options.DecideWithin });
        api.Clock.Advance(options.DecideWithin);
        await api.RunDueWorkAsync();
        var contact = await ContactAsync(t, contactId);

        busyHub.Verify(c => c.RaiseEventAsync(ReminderCallWatch.InstanceIdFor(call.SessionId), ReminderCallFunctions.OutcomeEvent,
            It.Is<object?>(payload => ((ReminderCallOutcome)payload!).Outcome == CallOutcome.Confirmed), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(("pending", 1), (beforeDeadline, deadline));
        Assert.Equal(("confirmed", 1), (contact.Str("status"), contact.GetProperty("callAttempts").GetInt32()));
    }

    /// <summary>Takes the outcome's work item off the queue (as if its event were lost), returning it as a handler receives it.</summary>
    private async Task<WorkItem> TakeOutcomeItemAsync(Guid sessionId)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        var (id, tenant, payload) = await uow.QuerySingleAsync<(Guid, Guid, string)>(
            "DELETE FROM work_items WHERE kind = 'reminders.call-outcome' AND dedupe_key = @key RETURNING id, tenant_id, payload::text",
            new { key = $"call:{sessionId}:outcome" }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return new WorkItem(id, WorkKinds.ReminderCallOutcome, tenant, payload, api.Clock.GetUtcNow(), 1, 5, $"call:{sessionId}:outcome");
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
