using System.Text.Json;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// Timers and placements of several tenants due together run as batches: one transaction, scoped to each tenant in
/// turn (placements: one for the intents, one for the provider's answers).
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class CallBatchTests(VoiceApiFixture api)
{
    [Fact]
    public async Task TimersOfTwoTenantsInOneBatch_EachTenantsCallsGoAhead_APausedTenantsAreHeld()
    {
        var tuesday = api.NextTuesdayMorning();
        var appointment = tuesday.AddDays(3).AddHours(4);
        var active = await TenantSession.StartAsync(api);
        var paused = await TenantSession.StartAsync(api);
        Guid[] activeContacts = [await ContactAsync(active, "Ada Active", "07700 900411", appointment), await ContactAsync(active, "Abe Active", "07700 900412", appointment)];
        Guid[] pausedContacts = [await ContactAsync(paused, "Pia Paused", "07700 900413", appointment), await ContactAsync(paused, "Pete Paused", "07700 900414", appointment)];
        await api.RunDueWorkAsync();
        await PauseWithoutHoldingAsync(paused.Tenant.TenantId);
        api.Clock.AdvanceTo(appointment.AddHours(-24));

        var queue = api.Service<PostgresWorkQueue>();
        var claimed = await queue.ClaimAsync("batch-test", 50, CancellationToken.None);
        Guid[] ours = [active.Tenant.TenantId, paused.Tenant.TenantId];
        var timers = claimed.Where(work => work.Item.Kind == WorkKinds.Timer && ours.Contains(work.Item.TenantId!.Value)).ToArray();
        foreach (var other in claimed.Except(timers))
        {
            await api.RunClaimedAsync(other);
        }
        var completions = timers.Select(work => new WorkCompletion(queue, work)).ToArray();
        var handler = api.Service<IEnumerable<IWorkHandler>>().OfType<ReminderTimerHandler>().Single();
        await handler.HandleBatchAsync(timers.Select((work, i) => (work.Item, completions[i])).ToArray(), CancellationToken.None);
        await api.RunDueWorkAsync();

        Assert.Equal(4, timers.Length);
        Assert.All(completions, completion => Assert.True(completion.Completed));
        Assert.All(activeContacts, id => Assert.Single(api.Voice.For(id)));
        Assert.All(pausedContacts, id => Assert.Empty(api.Voice.For(id)));
        foreach (var id in activeContacts)
        {
            var timeline = await active.TimelineAsync(id);
            var session = Assert.Single(timeline.GetProperty("calls").EnumerateArray()).Str("id");
            Assert.Contains(timeline.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "dialling" && line.Str("callSessionId") == session);
        }
        foreach (var id in pausedContacts)
        {
            Assert.Equal("paused", (await paused.TimelineAsync(id)).GetProperty("reminder").Str("status"));
        }
        Assert.Equal(0, await api.CountAsync(
            "SELECT count(*) FROM call_sessions s JOIN contacts c ON c.id = s.contact_id WHERE s.tenant_id <> c.tenant_id"));
    }

    [Fact]
    public async Task PlacementsOfTwoTenantsInOneBatch_EachCallDialledOnce_AnswersRecorded_RunAgainDialsNothing()
    {
        var tuesday = api.NextTuesdayMorning();
        var appointment = tuesday.AddDays(3).AddHours(5);
        var first = await TenantSession.StartAsync(api);
        var second = await TenantSession.StartAsync(api);
        Guid[] contacts = [await ContactAsync(first, "Fay First", "07700 900421", appointment), await ContactAsync(first, "Fred First", "07700 900422", appointment),
            await ContactAsync(second, "Sid Second", "07700 900423", appointment)];
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(appointment.AddHours(-24));
        var queue = api.Service<PostgresWorkQueue>();
        foreach (var work in await queue.ClaimAsync("batch-test", 50, CancellationToken.None))
        {
            await api.RunClaimedAsync(work);
        }

        Guid[] ours = [first.Tenant.TenantId, second.Tenant.TenantId];
        var claimed = await queue.ClaimAsync("batch-test", 50, CancellationToken.None);
        var placements = claimed.Where(work => work.Item.Kind == WorkKinds.PlaceCall && ours.Contains(work.Item.TenantId!.Value)).ToArray();
        foreach (var other in claimed.Except(placements))
        {
            await api.RunClaimedAsync(other);
        }
        var completions = placements.Select(work => new WorkCompletion(queue, work)).ToArray();
        var handler = api.Service<IEnumerable<IWorkHandler>>().OfType<PlaceCallHandler>().Single();
        await handler.HandleBatchAsync(placements.Select((work, i) => (work.Item, completions[i])).ToArray(), CancellationToken.None);
        await handler.HandleBatchAsync(placements.Select(work => (work.Item, new WorkCompletion(queue, work))).ToArray(), CancellationToken.None);

        Assert.Equal(3, placements.Length);
        Assert.All(completions, completion => Assert.True(completion.Completed));
        Assert.All(contacts, id => Assert.Single(api.Voice.For(id)));
        Assert.Equal(3, await api.CountAsync(
            "SELECT count(*) FROM call_sessions WHERE contact_id = ANY(@contacts) AND status = 'ringing' AND provider_call_id IS NOT NULL",
            new { contacts }));
    }

    private static async Task<Guid> ContactAsync(TenantSession t, string name, string phone, DateTimeOffset appointment) =>
        (await t.CreateContactAsync(new { name, phone, appointmentTime = appointment.ToString("O") })).GetProperty("id").GetGuid();

    /// <summary>The tenant's status only, so its timers are still pending when they fall due (as when it is paused at that moment).</summary>
    private async Task PauseWithoutHoldingAsync(Guid tenantId)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        await uow.ExecuteAsync("UPDATE tenants SET status = 'paused' WHERE id = @tenantId", new { tenantId }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }

}
