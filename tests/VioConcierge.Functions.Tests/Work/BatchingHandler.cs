using System.Collections.Concurrent;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// A batch handler whose work is one follow-up item per item (the visible trace), enqueued in the batch's transaction
/// with every completion. Scripted to fail the whole batch, to leave its last item out, or to fail one item alone.
/// </summary>
public sealed class BatchingHandler(Database database, PostgresWorkQueue queue, TimeProvider time) : IBatchWorkHandler
{
    public const string FollowUpKind = "test.batch-follow-up";

    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public ConcurrentQueue<Guid> SingleRuns { get; } = new();

    public bool FailBatch { get; set; }

    public bool LeaveLastOut { get; set; }

    public Guid? Poison { get; set; }

    public string Kind => QueueHarness.Kind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The dispatcher must pass the completion.");

    public async Task HandleAsync(WorkItem item, WorkCompletion completion, CancellationToken cancellationToken)
    {
        SingleRuns.Enqueue(item.Id);
        if (item.Id == Poison)
        {
            throw new InvalidOperationException("Scripted poison item.");
        }
        await using var uow = await database.BeginPlatformAsync(cancellationToken);
        await FollowUpAsync(uow, cancellationToken);
        await completion.CompleteInAsync(uow, cancellationToken);
        await uow.CommitAsync(cancellationToken);
    }

    public async Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken cancellationToken)
    {
        BatchSizes.Enqueue(batch.Count);
        var handled = LeaveLastOut ? batch.Take(batch.Count - 1).ToArray() : batch.ToArray();
        await using var uow = await database.BeginPlatformAsync(cancellationToken);
        foreach (var entry in handled)
        {
            if (entry.Item.Id == Poison)
            {
                throw new InvalidOperationException("Scripted poison item.");
            }
            await FollowUpAsync(uow, cancellationToken);
        }
        await WorkCompletion.CompleteAllInAsync(uow, handled.Select(entry => entry.Completion).ToArray(), cancellationToken);
        if (FailBatch)
        {
            throw new InvalidOperationException("Scripted batch failure after completing.");
        }
        await uow.CommitAsync(cancellationToken);
    }

    private Task<Guid?> FollowUpAsync(UnitOfWork uow, CancellationToken ct) =>
        queue.EnqueueAsync(uow, new WorkRequest(FollowUpKind, "{}", time.GetUtcNow().AddDays(1)), ct);
}
