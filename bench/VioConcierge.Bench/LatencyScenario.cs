using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>
/// Enqueue-to-start latency through the whole path, with the app relaying: items are enqueued one at a time, each in
/// its own transaction and due now, and each is timed from just before the enqueue call to the handler starting it:
/// the commit wakes the relay (<c>WorkSignal</c>), which claims the item and sends its message; the development host's
/// queue poll receives it and invokes the queue function, whose <c>WorkRunner</c> loads the item and runs the handler.
/// </summary>
public static class LatencyScenario
{
    public const int Count = 500;
    private const int WarmUp = 20;
    private const int MaxLateItems = 3;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var queue = services.GetRequiredService<PostgresWorkQueue>();
        var handler = services.GetRequiredService<NoopBenchHandler>();
        var time = services.GetRequiredService<TimeProvider>();
        var toStart = new List<double>(Count);
        var enqueueCall = new List<double>(Count);
        var problems = new List<string>();

        for (var i = 0; i < WarmUp + Count && problems.Count < MaxLateItems; i++)
        {
            var before = Stopwatch.GetTimestamp();
            var id = await queue.EnqueueAsync(new WorkRequest(NoopBenchHandler.KindName, "{}", time.GetUtcNow()), ct)
                ?? throw new InvalidOperationException("Enqueue returned no id.");
            var returned = Stopwatch.GetTimestamp();
            try
            {
                var started = await handler.StartedAsync(id).WaitAsync(MaxWait, ct);
                if (i >= WarmUp)
                {
                    toStart.Add(Stopwatch.GetElapsedTime(before, started).TotalMilliseconds);
                    enqueueCall.Add(Stopwatch.GetElapsedTime(before, returned).TotalMilliseconds);
                }
            }
            catch (TimeoutException)
            {
                problems.Add($"latency: item {i} did not start within {MaxWait.TotalSeconds:0} s of its enqueue");
            }
        }
        var figures = toStart.Count == 0 ? [] : Figures(new Percentiles(toStart), new Percentiles(enqueueCall));
        return new ScenarioResult(figures, problems);
    }

    private static BenchFigure[] Figures(Percentiles toStart, Percentiles enqueueCall) =>
    [
        new("latency", "items measured (after warm-up)", BenchFormat.Count(toStart.Count)),
        new("latency", "enqueue -> handler start p50 (ms)", BenchFormat.Ms(toStart.At(50))),
        new("latency", "enqueue -> handler start p95 (ms)", BenchFormat.Ms(toStart.At(95))),
        new("latency", "enqueue -> handler start p99 (ms)", BenchFormat.Ms(toStart.At(99))),
        new("latency", "enqueue -> handler start max (ms)", BenchFormat.Ms(toStart.Max)),
        new("latency", "of which the enqueue call alone, p50 (ms)", BenchFormat.Ms(enqueueCall.At(50))),
        new("latency", "of which the enqueue call alone, p99 (ms)", BenchFormat.Ms(enqueueCall.At(99))),
    ];
}
