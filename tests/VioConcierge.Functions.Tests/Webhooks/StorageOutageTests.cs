using System.Net;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Webhooks;

/// <summary>
/// Storage (the work queues) crashes and comes back while signed webhooks arrive and the relay keeps sending: a
/// delivery answered 2xx takes effect exactly once, and one answered with an error takes effect when resent.
/// </summary>
[Collection(StorageOutageCollection.Name)]
public sealed class StorageOutageTests(StorageOutageFixture api)
{
    private const int Calls = 8;
    private const int Deliveries = 200;

    [Fact]
    public async Task AzuriteRestartedWhile200WebhooksArrive_EveryAcceptedDeliveryTakesEffectOnce()
    {
        var sessions = await PlacedCallsAsync();
        string[] events = ["call_started", "call_ended", "call_analyzed"];
        var bodies = Enumerable.Range(0, Deliveries)
            .Select(i => (Session: sessions[i % Calls], Event: events[i / Calls % events.Length]))
            .Select(d => RetellEvents.Body(d.Event, d.Session.CallId, d.Session.TenantId, d.Session.SessionId))
            .ToArray();

        using var relaying = new CancellationTokenSource();
        var relay = RelayUntilAsync(relaying.Token);
        var answers = new HttpStatusCode[Deliveries];
        await Parallel.ForAsync(0, Deliveries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            if (i == Deliveries / 4)
            {
                await api.Storage.KillAsync();
            }
            if (i == Deliveries * 3 / 4)
            {
                await api.Storage.StartAsync();
            }
            answers[i] = (await RetellEvents.PostSignedAsync(api, bodies[i])).StatusCode;
        });
        for (var i = 0; i < Deliveries; i++)
        {
            // A delivery that got an error is resent, as the provider would.
            while (answers[i] != HttpStatusCode.NoContent)
            {
                answers[i] = (await RetellEvents.PostSignedAsync(api, bodies[i])).StatusCode;
            }
        }
        await relaying.CancelAsync();
        await relay;
        // A message lost with the crash is sent again once its lease has run out.
        api.Clock.Advance(TimeSpan.FromMinutes(6));
        await api.RunDueWorkAsync();

        foreach (var (callId, _, sessionId) in sessions)
        {
            Assert.Equal((3, 3), await api.StoredForCallAsync(callId));
            Assert.Equal("done done done", await StatusesAsync(callId));
            Assert.Equal(1, await api.CountAsync(
                "SELECT count(*) FROM call_timeline WHERE call_session_id = @sessionId AND code = 'outcome_confirmed'", new { sessionId }));
            Assert.Equal(1, await api.CountAsync(
                "SELECT count(*) FROM call_sessions WHERE id = @sessionId AND status = 'completed'", new { sessionId }));
        }
    }

    /// <summary>One placed Call Now call in each of <see cref="Calls"/> tenants, all at the same moment.</summary>
    private async Task<IReadOnlyList<(string CallId, Guid TenantId, Guid SessionId)>> PlacedCallsAsync()
    {
        api.NextTuesdayMorning();
        var sessions = new List<(string, Guid, Guid)>();
        for (var i = 0; i < Calls; i++)
        {
            var t = await TenantSession.StartAsync(api);
            var contact = await t.CreateContactAsync(new { name = "Stella Storage", phone = "07700 900123", appointmentTime = t.InDays(3) });
            var call = await t.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
            Assert.Equal(HttpStatusCode.Accepted, call.StatusCode);
            sessions.Add(($"call_{Guid.NewGuid():N}", t.Tenant.TenantId, (await call.ReadAsync()).GetProperty("callSessionId").GetGuid()));
        }
        await api.RunDueWorkAsync();
        return sessions;
    }

    private async Task<string> StatusesAsync(string callId)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        return string.Join(' ', await uow.QueryAsync<string>(
            "SELECT status FROM work_items WHERE dedupe_key LIKE @prefix ORDER BY status", new { prefix = $"retell:{callId}:%" }, CancellationToken.None));
    }

    /// <summary>Relays due work every 50 ms, as the app's relay would, whatever Storage answers.</summary>
    private async Task RelayUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await api.RunDueWorkAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage is down: the relay puts back what it could not send; try again.
            }
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
