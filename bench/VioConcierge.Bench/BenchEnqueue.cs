using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>Enqueues bench items, due now, through the real queue; returns how long it took.</summary>
public static class BenchEnqueue
{
    /// <summary>Each item in a transaction of its own (<c>EnqueueAsync(WorkRequest, ct)</c>).</summary>
    public static async Task<TimeSpan> OneByOneAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var queue = services.GetRequiredService<PostgresWorkQueue>();
        var time = services.GetRequiredService<TimeProvider>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await queue.EnqueueAsync(Request(time), ct);
        }
        return clock.Elapsed;
    }

    /// <summary><paramref name="batchSize"/> items per transaction (<c>EnqueueAsync(UnitOfWork, WorkRequest, ct)</c>).</summary>
    public static async Task<TimeSpan> BatchedAsync(IServiceProvider services, int count, int batchSize, CancellationToken ct)
    {
        var database = services.GetRequiredService<Database>();
        var queue = services.GetRequiredService<PostgresWorkQueue>();
        var time = services.GetRequiredService<TimeProvider>();
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < count; done += batchSize)
        {
            await using var uow = await database.BeginPlatformAsync(ct);
            for (var i = 0; i < batchSize && done + i < count; i++)
            {
                await queue.EnqueueAsync(uow, Request(time), ct);
            }
            await uow.CommitAsync(ct);
        }
        return clock.Elapsed;
    }

    private static WorkRequest Request(TimeProvider time) => new(NoopBenchHandler.KindName, "{}", time.GetUtcNow());
}
