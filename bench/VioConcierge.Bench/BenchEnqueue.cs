using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>Enqueues bench items through the real queue (in the app's container); returns how long it took.</summary>
public static class BenchEnqueue
{
    /// <summary>Each item due now, in a transaction of its own (<c>EnqueueAsync(WorkRequest, ct)</c>).</summary>
    public static async Task<TimeSpan> OneByOneAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var queue = services.GetRequiredService<PostgresWorkQueue>();
        var time = services.GetRequiredService<TimeProvider>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await queue.EnqueueAsync(Request(time.GetUtcNow()), ct);
        }
        return clock.Elapsed;
    }

    /// <summary>
    /// <paramref name="batchSize"/> items per transaction (<c>EnqueueAsync(UnitOfWork, WorkRequest, ct)</c>), due at
    /// <paramref name="dueAt"/> (now when null).
    /// </summary>
    public static async Task<TimeSpan> BatchedAsync(IServiceProvider services, int count, int batchSize, DateTimeOffset? dueAt, CancellationToken ct)
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
                await queue.EnqueueAsync(uow, Request(dueAt ?? time.GetUtcNow()), ct);
            }
            await uow.CommitAsync(ct);
        }
        return clock.Elapsed;
    }

    private static WorkRequest Request(DateTimeOffset dueAt) => new(NoopBenchHandler.KindName, "{}", dueAt);
}
