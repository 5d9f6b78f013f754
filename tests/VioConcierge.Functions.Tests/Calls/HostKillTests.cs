using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Functions.Tests.Integrations;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// The app's process (development host and worker together) is killed with SIGKILL while reminder calls are being
/// placed, then a new one is started on the same database, queues and task hub: every reminder is still called, no
/// call session is dialled twice, and every session ends.
/// </summary>
[Collection(AppProcessCollection.Name)]
public sealed class HostKillTests(AppProcessFixture api)
{
    private const int Tenants = 4;

    /// <summary>A tenant may have 5 live calls: none of these waits for the limit.</summary>
    private const int RemindersPerTenant = 5;

    private const int DialledWhenKilled = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task ProcessKilledWhileCallsArePlaced_AfterARestart_EveryReminderIsCalled_NoneTwice_NoSessionLeftLive()
    {
        // Arrange: 4 practices, the app running; Retell answers each create after 300 ms, and reports each call it
        // accepted as ended and confirmed when it has lasted longer than the app's work lease: a call being dialled when
        // the process dies is still live when its placement is run again.
        var practices = await PracticesAsync();
        var retell = new RetellReports(api, AppProcessFixture.LeaseDuration + TimeSpan.FromSeconds(15));
        retell.AnswerCreates();
        using var stopReporting = new CancellationTokenSource();
        var reporting = retell.RunAsync(stopReporting.Token);
        await using var first = await StartAsync(retell, TimeSpan.Zero);
        var killPoint = retell.DialledAsync(DialledWhenKilled);

        // Act: 20 reminders falling due one a second; killed while the 8th call is being dialled.
        var tenants = await ReminderCallsFallingDueAsync(practices);
        await Task.WhenAny(killPoint, Task.Delay(Patience));
        await first.KillAsync();
        var (killedAt, dialledWhenKilled) = (api.Clock.GetUtcNow(), retell.Dialled);
        await using var second = await StartAsync(retell, TimeSpan.Zero);
        await UntilAsync(async () => (await RemindersAsync(tenants)).All(r => r is { Status: "done", Open: 0 } || IsOrphan(r, killedAt, retell)), second);
        // A call marked placed whose create never reached Retell (the process died in between: it dials a tenant's due
        // calls together) is not dialled again: its outcome check, half an hour later, ends it and plans the next attempt.
        var orphans = (await RemindersAsync(tenants)).Where(r => IsOrphan(r, killedAt, retell)).Select(r => r.Id).ToHashSet();
        if (orphans.Count > 0)
        {
            await second.KillAsync();
            await using var later = await StartAsync(retell, TimeSpan.FromMinutes(31));
            await UntilAsync(async () => (await RemindersAsync(tenants)).All(r => r.Open == 0), later);
        }
        await stopReporting.CancelAsync();
        await reporting;

        // Assert
        var reminders = await RemindersAsync(tenants);
        var seen = $"{dialledWhenKilled} dialled when killed, {orphans.Count} lost in the kill; reminders:\n{string.Join('\n', reminders)}";
        Assert.True(killPoint.IsCompleted, seen);
        Assert.Equal(Tenants * RemindersPerTenant, reminders.Count);
        Assert.InRange(dialledWhenKilled, DialledWhenKilled, Tenants * RemindersPerTenant - 1);
        Assert.All(retell.DialsBySession(), dials => Assert.True(dials.Value == 1, $"session {dials.Key} dialled {dials.Value} times; {seen}"));
        Assert.All(reminders, r => Assert.True(r.Open == 0 && (orphans.Contains(r.Id)
            ? r is { Status: "scheduled", Attempts: 1, Dialled: 1 } or { Status: "done", DoneReason: "confirmed", Dialled: 2 }
            : r is { Status: "done", DoneReason: "confirmed", Dialled: 1 }), seen));
    }

    private async Task<IReadOnlyList<TenantSession>> PracticesAsync()
    {
        var practices = new List<TenantSession>();
        for (var i = 0; i < Tenants; i++)
        {
            var t = await TenantSession.StartAsync(api);
            await t.ConfigureRetellAsync();
            practices.Add(t);
        }
        return practices;
    }

    /// <summary>Contacts whose reminder calls fall due one a second from 10 s ahead, spread over the practices.</summary>
    private async Task<Guid[]> ReminderCallsFallingDueAsync(IReadOnlyList<TenantSession> practices)
    {
        var first = api.Clock.GetUtcNow() is var now ? new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(10) : default;
        for (var n = 0; n < Tenants * RemindersPerTenant; n++)
        {
            var appointment = first.AddSeconds(n).AddHours(24);
            await practices[n % Tenants].CreateContactAsync(new
            {
                name = $"Kit {(char)('A' + n)}ill",
                phone = $"07700 900{300 + n:D3}",
                appointmentTime = appointment.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
            });
        }
        return practices.Select(t => t.Tenant.TenantId).ToArray();
    }

    private async Task<AppProcess> StartAsync(RetellReports retell, TimeSpan later)
    {
        var app = await AppProcess.StartAsync(api.ProcessSettings(later));
        retell.App = (app.BaseAddress, later);
        return app;
    }

    /// <summary>A reminder whose only open session was marked placed before the kill but never reached Retell.</summary>
    private static bool IsOrphan(ReminderLine reminder, DateTimeOffset killedAt, RetellReports retell) =>
        reminder is { Open: 1, OpenSession: { } session, OpenPlacedAt: { } placedAt } && placedAt < killedAt && !retell.DialsBySession().ContainsKey(session);

    private async Task<IReadOnlyList<ReminderLine>> RemindersAsync(Guid[] tenants)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        return (await uow.QueryAsync<ReminderLine>("""
            SELECT r.id AS Id, r.status AS Status, r.done_reason AS DoneReason, r.attempts AS Attempts,
                   (SELECT count(*) FROM call_sessions s WHERE s.reminder_id = r.id AND s.ended_at IS NULL) AS Open,
                   (SELECT min(s.id::text) FROM call_sessions s WHERE s.reminder_id = r.id AND s.ended_at IS NULL)::uuid AS OpenSession,
                   (SELECT min(s.placed_at) FROM call_sessions s WHERE s.reminder_id = r.id AND s.ended_at IS NULL) AS OpenPlacedAt,
                   (SELECT count(*) FROM call_sessions s WHERE s.reminder_id = r.id AND s.placed_at IS NOT NULL) AS Dialled
            FROM reminders r WHERE r.tenant_id = ANY(@tenants)
            """, new { tenants }, CancellationToken.None)).ToList();
    }

    private static async Task UntilAsync(Func<Task<bool>> done, AppProcess app)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not reached within {Patience}; the app process wrote:\n{app.Output}");
            await Task.Delay(250);
        }
    }

    private sealed record ReminderLine(Guid Id, string Status, string? DoneReason, int Attempts, long Open, Guid? OpenSession, DateTimeOffset? OpenPlacedAt, long Dialled);
}
