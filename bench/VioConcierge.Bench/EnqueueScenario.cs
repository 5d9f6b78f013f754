using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench;

/// <summary>
/// Enqueue rate from one caller with the app running but not relaying (<c>Work:RelayEnabled</c> false, so the items
/// stay in PostgreSQL): one transaction per item, then 100 items per transaction.
/// </summary>
public static class EnqueueScenario
{
    public const int SingleCount = 2_000;
    public const int BatchedCount = 20_000;
    public const int BatchSize = 100;

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await BenchEnqueue.OneByOneAsync(services, 100, ct);
        var single = await BenchEnqueue.OneByOneAsync(services, SingleCount, ct);
        var batched = await BenchEnqueue.BatchedAsync(services, BatchedCount, BatchSize, null, ct);
        var problems = new List<string>();
        await using (var uow = await services.GetRequiredService<Database>().BeginPlatformAsync(ct))
        {
            var stored = await uow.QuerySingleAsync<long>("SELECT count(*) FROM work_items", null, ct);
            if (stored != 100 + SingleCount + BatchedCount)
            {
                problems.Add($"enqueue: {stored} rows stored, expected {100 + SingleCount + BatchedCount}");
            }
        }
        BenchFigure[] figures =
        [
            new("enqueue", $"1 per transaction, {SingleCount:N0} items (items/s)", BenchFormat.Rate(SingleCount, single)),
            new("enqueue", $"{BatchSize} per transaction, {BatchedCount:N0} items (items/s)", BenchFormat.Rate(BatchedCount, batched)),
        ];
        return new ScenarioResult(figures, problems);
    }
}
