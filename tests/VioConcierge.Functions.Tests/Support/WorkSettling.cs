using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// Relays due work and waits until the queue functions have settled it (no item is still leased to a message), until
/// every campaign whose step is due by the app's clock has taken it in its orchestration, and until every reminder
/// call's recorded outcome has reached its reminder through the call's orchestration.
/// </summary>
public static class WorkSettling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Relays due work (by the app's clock) as the timer function does, starting orchestrations through the host's
    /// Durable client, and waits until it settled; again until nothing more is due. Returns how many items went.
    /// </summary>
    public static async Task<int> RunDueAsync(ApiFactory factory)
    {
        var services = factory.Services;
        var relay = services.GetRequiredService<WorkRelay>();
        var starter = new DurableWorkStarter(factory.DurableClient, services.GetRequiredService<IOptions<WorkQueueOptions>>());
        var total = 0;
        while (true)
        {
            var sent = await relay.RelayDueAsync(CancellationToken.None, starter);
            await SettledAsync(services);
            total += sent;
            if (sent > 0)
            {
                continue;
            }
            if (await CampaignsSteppedAsync(services) | await CallOutcomesAppliedAsync(services))
            {
                continue;
            }
            // Nothing was left to wait for; work committed since the last relay (a step just taken) goes before returning.
            var late = await relay.RelayDueAsync(CancellationToken.None, starter);
            await SettledAsync(services);
            total += late;
            if (late == 0)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Waits until no running campaign has a step due by the app's clock (its orchestration wakes at least every
    /// <c>Campaigns:WakeEvery</c> and takes it); returns whether there was one to wait for.
    /// </summary>
    private static async Task<bool> CampaignsSteppedAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<Database>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var deadline = DateTime.UtcNow + Patience;
        for (var waited = false; ; waited = true)
        {
            await using (var uow = await database.BeginPlatformAsync(CancellationToken.None))
            {
                var due = await uow.QuerySingleAsync<long>("SELECT count(*) FROM campaigns WHERE status = 'running' AND next_at <= @Now",
                    new { Now = now }, CancellationToken.None);
                if (due == 0)
                {
                    return waited;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{due} campaigns still due after {Patience}");
                }
            }
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Waits until no reminder still waits on an attempt whose latest call has its outcome recorded (the outcome is on its
    /// way as the call orchestration's event; a try deferred by the provider's capacity is dialled again under a new
    /// session); returns whether there was one to wait for.
    /// </summary>
    private static async Task<bool> CallOutcomesAppliedAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<Database>();
        var deadline = DateTime.UtcNow + Patience;
        for (var waited = false; ; waited = true)
        {
            await using (var uow = await database.BeginPlatformAsync(CancellationToken.None))
            {
                var waiting = (await uow.QueryAsync<string>(
                    """
                    SELECT s.id || ' ' || s.outcome FROM call_sessions s
                    JOIN reminders r ON r.tenant_id = s.tenant_id AND r.id = s.reminder_id
                    WHERE s.outcome IS NOT NULL AND r.status = 'calling' AND r.call_attempt = s.attempt
                      AND NOT EXISTS (SELECT 1 FROM call_sessions later WHERE later.tenant_id = s.tenant_id AND later.reminder_id = s.reminder_id
                                      AND later.attempt = s.attempt AND (later.created_at, later.id) > (s.created_at, s.id))
                    LIMIT 5
                    """, null, CancellationToken.None)).ToList();
                if (waiting.Count == 0)
                {
                    return waited;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Reminder call outcomes still on their way after {Patience} (session, outcome): {string.Join(", ", waiting)}");
                }
            }
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Waits until no work item this process's relays sent is running (sent and not yet done, dead or back to pending);
    /// items a test claimed under a name of its own are left alone.
    /// </summary>
    public static async Task SettledAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<Database>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var uow = await database.BeginPlatformAsync(CancellationToken.None))
            {
                var running = (await uow.QueryAsync<string>(
                    "SELECT kind FROM work_items WHERE status = 'running' AND leased_by LIKE @Relays LIMIT 5",
                    new { Relays = $"{Environment.MachineName}:{Environment.ProcessId}:%" }, CancellationToken.None)).ToList();
                if (running.Count == 0)
                {
                    return;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Relayed work still running after {Patience}: {string.Join(", ", running)}");
                }
            }
            await Task.Delay(10);
        }
    }
}
