using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>
/// Drain rate: 20,000 due items are enqueued in batched transactions, then two dispatchers (Concurrency 8 each)
/// run them all; items per second is measured from starting the dispatchers until SQL shows every item done.
/// Afterwards the database and the handler's own counts must agree that every item ran exactly once.
/// </summary>
public static class ThroughputScenario
{
    public const int Count = 20_000;
    public const int Dispatchers = 2;
    private const int BatchSize = 500;
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var database = services.GetRequiredService<Database>();
        var handler = services.GetRequiredService<NoopBenchHandler>();
        var enqueueTime = await BenchEnqueue.BatchedAsync(services, Count, BatchSize, ct);

        var workers = Enumerable.Range(0, Dispatchers).Select(_ => services.GetRequiredService<WorkDispatcherService>()).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var worker in workers)
        {
            await worker.StartAsync(ct);
        }
        var problems = new List<string>();
        try
        {
            while (await CountDoneAsync(database, ct) < Count)
            {
                if (clock.Elapsed > MaxDrain)
                {
                    problems.Add($"throughput: not all items were done after {MaxDrain.TotalMinutes:0} min");
                    break;
                }
                await Task.Delay(PollEvery, ct);
            }
        }
        finally
        {
            clock.Stop();
            foreach (var worker in workers)
            {
                await worker.StopAsync(CancellationToken.None);
            }
        }

        var check = await ThroughputCheck.RunAsync(database, handler, Count, ct);
        problems.AddRange(check.Problems);
        var figures = new List<BenchFigure>
        {
            new("throughput", $"enqueue {Count:N0} in batches of {BatchSize} (items/s)", BenchFormat.Rate(Count, enqueueTime)),
            new("throughput", $"drain with {Dispatchers} dispatchers x {BenchServices.Concurrency} (s)",
                BenchFormat.Seconds(clock.Elapsed)),
            new("throughput", "drain rate (items/s)", BenchFormat.Rate(Count, clock.Elapsed)),
        };
        figures.AddRange(check.Figures);
        return new ScenarioResult(figures, problems);
    }

    private static async Task<long> CountDoneAsync(Database database, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE status = 'done'", null, ct);
    }
}
