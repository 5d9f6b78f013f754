using System.Diagnostics;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Waits for the app to finish the work: nothing due and pending, nothing running (relayed and not yet done; both
/// served by the queue's own partial indexes, cheap to ask every 100 ms), and the scenario's own condition met.
/// </summary>
public static class WorkBacklog
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>True when drained within <paramref name="limit"/>, measured on <paramref name="clock"/>.</summary>
    public static async Task<bool> WaitDrainedAsync(Database database, TimeProvider time, Func<bool> done, Stopwatch clock, TimeSpan limit, CancellationToken ct)
    {
        while (clock.Elapsed < limit)
        {
            if (done() && await OutstandingAsync(database, time, ct) == 0)
            {
                return true;
            }
            await Task.Delay(PollEvery, ct);
        }
        return false;
    }

    public static async Task<long> OutstandingAsync(Database database, TimeProvider time, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<long>(
            StatementProfile.Marker + "SELECT count(*) FROM work_items WHERE (status = 'pending' AND due_at <= @Now) OR status = 'running'",
            new { Now = time.GetUtcNow() }, ct);
    }
}
