using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Bench.Hosting;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>
/// Drain rate: 20,000 items are enqueued in batched transactions, due tomorrow so the running app leaves them alone;
/// then all become due in one statement and the relay is woken as an enqueue commit wakes it
/// (<see cref="PostgresWorkQueue.Notify"/>; the 2 s relay timer runs too). The relay sends one message per item, the
/// development host's queue poll runs them through the queue function; the drain is timed from the items falling due
/// until SQL shows every item done. Afterwards the database and the handler's own counts must agree that every item
/// ran exactly once.
/// </summary>
public static class ThroughputScenario
{
    public const int Count = 20_000;
    private const int BatchSize = 500;
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var database = services.GetRequiredService<Database>();
        var handler = services.GetRequiredService<NoopBenchHandler>();
        var time = services.GetRequiredService<TimeProvider>();
        var enqueueTime = await BenchEnqueue.BatchedAsync(services, Count, BatchSize, time.GetUtcNow().AddDays(1), ct);

        using var traffic = new QueueTraffic(services);
        await MakeDueAsync(database, time, ct);
        var clock = Stopwatch.StartNew();
        services.GetRequiredService<PostgresWorkQueue>().Notify();
        var problems = new List<string>();
        while (await CountDoneAsync(database, ct) < Count)
        {
            if (clock.Elapsed > MaxDrain)
            {
                problems.Add($"throughput: not all items were done after {MaxDrain.TotalMinutes:0} min");
                break;
            }
            await Task.Delay(PollEvery, ct);
        }
        clock.Stop();
        await traffic.SettledAsync(TimeSpan.FromSeconds(5), ct);

        var check = await ThroughputCheck.RunAsync(database, handler, Count, ct);
        problems.AddRange(check.Problems);
        var figures = new List<BenchFigure>
        {
            new("throughput", $"enqueue {Count:N0} in batches of {BatchSize} (items/s)", BenchFormat.Rate(Count, enqueueTime)),
            new("throughput", "drain: relay -> queue -> queue function (s)", BenchFormat.Seconds(clock.Elapsed)),
            new("throughput", "drain rate (items/s)", BenchFormat.Rate(Count, clock.Elapsed)),
            new("throughput", "messages sent / queue function runs", $"{BenchFormat.Count(traffic.Sent)} / {BenchFormat.Count(traffic.Runs)}"),
        };
        figures.AddRange(check.Figures);
        return new ScenarioResult(figures, problems);
    }

    private static async Task MakeDueAsync(Database database, TimeProvider time, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        await uow.ExecuteAsync("UPDATE work_items SET due_at = @Now WHERE status = 'pending'", new { Now = time.GetUtcNow() }, ct);
        await uow.CommitAsync(ct);
    }

    private static async Task<long> CountDoneAsync(Database database, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE status = 'done'", null, ct);
    }
}
