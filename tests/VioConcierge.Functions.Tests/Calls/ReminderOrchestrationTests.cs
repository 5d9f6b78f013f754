using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A reminder's timer waits for its moment in a Durable orchestration on the task hub, started by the relay shortly
/// before; whichever step the relay or a run dies at, the reminder is called exactly once.
/// </summary>
[Collection(OrchestrationCollection.Name)]
public sealed class ReminderOrchestrationTests(OrchestrationApiFixture api)
{
    [Fact]
    public async Task ReminderAboutToFallDue_WaitsInItsOrchestrationOnADurableTimer_ThenIsCalledOnce()
    {
        var (_, contactId, callAt) = await ContactAsync("07700 900171");
        var reminderId = await ReminderIdAsync(contactId);
        api.Clock.AdvanceTo(callAt - OrchestrationApiFixture.StartAhead - TimeSpan.FromSeconds(1));
        await api.RunDueWorkAsync();
        var tooEarly = await InstancesAsync(reminderId);

        api.Clock.AdvanceTo(callAt - TimeSpan.FromSeconds(3));
        var relayedAt = DateTime.UtcNow;
        await api.RunDueWorkAsync();
        var waited = DateTime.UtcNow - relayedAt;

        Assert.Empty(tooEarly);
        // Storage queue visibility (a durable timer's message) is in whole seconds: the timer fires within a second of its moment.
        Assert.True(waited >= TimeSpan.FromSeconds(2), $"the call waited {waited} for its moment");
        Assert.Single(api.Voice.For(contactId));
        var started = Assert.Single(await InstancesAsync(reminderId));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var instance = await api.Factory.DurableClient.WaitForInstanceCompletionAsync(started.InstanceId, getInputsAndOutputs: true, patience.Token);
        Assert.Equal(nameof(TimedWorkFunctions.TimedWork), instance.Name);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal(WorkRunResult.Done, instance.ReadOutputAs<WorkRunResult>());
    }

    [Fact]
    public async Task CallsDueTogether_BeyondTheWaitingOrchestrations_WaitInPostgres_AndAreCalledWhenDue()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contacts = new List<Guid>();
        foreach (var phone in new[] { "07700 900181", "07700 900182", "07700 900183", "07700 900184" })
        {
            contacts.Add((await t.CreateContactAsync(new { name = "Bea Burst", phone, appointmentTime = appointment.ToString("O") })).GetProperty("id").GetGuid());
        }
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(appointment.AddHours(-24) - TimeSpan.FromSeconds(3));

        var relay = api.Service<WorkRelay>();
        await relay.RelayDueAsync(CancellationToken.None, new DurableWorkStarter(api.Factory.DurableClient, api.Service<IOptions<WorkQueueOptions>>()));
        var waiting = await api.CountAsync(
            "SELECT count(*) FROM work_items WHERE kind = 'reminders.timer' AND tenant_id = @tenant AND status = 'running'", new { tenant = t.Tenant.TenantId });
        var leftInPostgres = await api.CountAsync(
            "SELECT count(*) FROM work_items WHERE kind = 'reminders.timer' AND tenant_id = @tenant AND status = 'pending'", new { tenant = t.Tenant.TenantId });
        api.Clock.Advance(TimeSpan.FromSeconds(3));
        await api.RunDueWorkAsync();

        Assert.Equal((OrchestrationApiFixture.MaxWaiting, contacts.Count - OrchestrationApiFixture.MaxWaiting), (waiting, leftInPostgres));
        Assert.All(contacts, contact => Assert.Single(api.Voice.For(contact)));
    }

    [Fact]
    public async Task RelayDiesAfterClaimingTheTimer_BeforeStartingItsOrchestration_TheReminderIsStillCalledExactlyOnce()
    {
        var (t, contactId, callAt) = await ContactAsync("07700 900172");
        api.Clock.AdvanceTo(callAt);
        await ClaimTimerAsync(t, "relay-that-died");

        await api.RunDueWorkAsync();
        var whileLeased = api.Voice.For(contactId).Count;
        api.Clock.Advance(new WorkQueueOptions().LeaseDuration + TimeSpan.FromSeconds(1));
        await api.RunDueWorkAsync();
        await api.RunDueWorkAsync();

        Assert.Equal(0, whileLeased);
        Assert.Single(api.Voice.For(contactId));
    }

    [Fact]
    public async Task TimerRunRepeated_AfterItCommitted_DecidesAndDialsNothingMore()
    {
        var (t, contactId, callAt) = await ContactAsync("07700 900173");
        api.Clock.AdvanceTo(callAt);
        var timer = await ClaimTimerAsync(t, "relay");

        var first = await api.RunClaimedAsync(timer);
        var repeated = await api.RunClaimedAsync(timer);
        await api.RunDueWorkAsync();

        Assert.Equal((WorkRunResult.Done, WorkRunResult.Done), (first, repeated));
        Assert.Single(api.Voice.For(contactId));
        var timeline = await t.TimelineAsync(contactId);
        Assert.Single(timeline.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "dialling");
    }

    /// <summary>Claims the tenant's due reminder timer as relay <paramref name="relayId"/> would, and nothing else.</summary>
    private async Task<ClaimedWork> ClaimTimerAsync(TenantSession t, string relayId)
    {
        var queue = api.Service<PostgresWorkQueue>();
        var claimed = await queue.ClaimAsync(relayId, 500, CancellationToken.None);
        var timer = claimed.Single(work => work.Item.Kind == WorkKinds.Timer && work.Item.TenantId == t.Tenant.TenantId);
        await queue.ReleaseAsync(claimed.Where(work => work != timer).ToArray(), CancellationToken.None);
        return timer;
    }

    private async Task<(TenantSession T, Guid ContactId, DateTimeOffset CallAt)> ContactAsync(string phone)
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contact = await t.CreateContactAsync(new { name = "Rhys Relay", phone, appointmentTime = appointment.ToString("O") });
        await api.RunDueWorkAsync();
        return (t, contact.GetProperty("id").GetGuid(), appointment.AddHours(-24));
    }

    private async Task<Guid> ReminderIdAsync(Guid contactId)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        return await uow.QuerySingleAsync<Guid>("SELECT id FROM reminders WHERE contact_id = @contactId", new { contactId }, CancellationToken.None);
    }

    private async Task<IReadOnlyList<OrchestrationMetadata>> InstancesAsync(Guid reminderId)
    {
        var instances = new List<OrchestrationMetadata>();
        await foreach (var instance in api.Factory.DurableClient.GetAllInstancesAsync(
            new OrchestrationQuery { InstanceIdPrefix = $"reminder:{reminderId}:timer:", FetchInputsAndOutputs = true }))
        {
            instances.Add(instance);
        }
        return instances;
    }
}
