using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Work;

/// <summary>
/// Lets a handler mark its claimed item done inside its own transaction, so the work and its completion commit
/// together (one commit per item instead of two). When the lease was lost (another worker took the item over) the
/// handler's transaction must not commit: <see cref="CompleteInAsync"/> throws <see cref="WorkLeaseLostException"/>.
/// A handler that never calls it is completed by the dispatcher afterwards, as before.
/// </summary>
public sealed class WorkCompletion(IWorkQueue queue, ClaimedWork work)
{
    private readonly IWorkQueue _queue = queue;
    private readonly ClaimedWork _work = work;
    private volatile bool _completed;

    /// <summary>True once a transaction that completed the item has committed.</summary>
    public bool Completed => _completed;

    /// <summary>
    /// Marks the item done in <paramref name="uow"/>. Skipped (the dispatcher completes it afterwards) when the
    /// transaction is scoped to a tenant other than the item's, where row-level security hides the item.
    /// </summary>
    public async Task CompleteInAsync(IUnitOfWork uow, CancellationToken ct)
    {
        if (!await TryCompleteInAsync(uow, ct))
        {
            throw new WorkLeaseLostException(_work.Item.Id);
        }
    }

    /// <summary>
    /// As <see cref="CompleteInAsync"/>, for work that must commit even when the lease was lost (a provider's answer
    /// already received): false then, and the transaction goes on.
    /// </summary>
    public async Task<bool> TryCompleteInAsync(IUnitOfWork uow, CancellationToken ct)
    {
        if (_completed || (uow.TenantId is { } tenantId && tenantId != _work.Item.TenantId))
        {
            return true;
        }
        if (!await _queue.CompleteAsync(uow, _work, ct))
        {
            return false;
        }
        uow.OnCommitted(() => _completed = true);
        return true;
    }

    /// <summary>
    /// <see cref="CompleteInAsync"/> for several items of the transaction's current tenant in one statement; throws
    /// <see cref="WorkLeaseLostException"/> (the transaction must not commit) when any of them lost its lease.
    /// </summary>
    public static async Task CompleteAllInAsync(IUnitOfWork uow, IReadOnlyList<WorkCompletion> completions, CancellationToken ct)
    {
        var pending = completions.Where(completion => !completion._completed).ToArray();
        if (pending.Length == 0)
        {
            return;
        }
        var stray = pending.FirstOrDefault(completion => completion._work.Item.TenantId != uow.TenantId);
        if (stray is not null)
        {
            throw new InvalidOperationException($"Work item {stray._work.Item.Id} is not of the transaction's tenant.");
        }
        var completed = await pending[0]._queue.CompleteManyAsync(uow, pending.Select(completion => completion._work).ToArray(), ct);
        if (completed.Count != pending.Length)
        {
            throw new WorkLeaseLostException(pending.First(completion => !completed.Contains(completion._work.Item.Id))._work.Item.Id);
        }
        uow.OnCommitted(() => Array.ForEach(pending, completion => completion._completed = true));
    }

    /// <summary>
    /// <see cref="TryCompleteInAsync"/> for several items of the transaction's current tenant in one statement: those
    /// whose lease was lost are left out, and the transaction goes on.
    /// </summary>
    public static async Task TryCompleteAllInAsync(IUnitOfWork uow, IReadOnlyList<WorkCompletion> completions, CancellationToken ct)
    {
        var pending = completions.Where(completion => !completion._completed && completion._work.Item.TenantId == uow.TenantId).ToArray();
        if (pending.Length == 0)
        {
            return;
        }
        var completed = await pending[0]._queue.CompleteManyAsync(uow, pending.Select(completion => completion._work).ToArray(), ct);
        var done = pending.Where(completion => completed.Contains(completion._work.Item.Id)).ToArray();
        uow.OnCommitted(() => Array.ForEach(done, completion => completion._completed = true));
    }
}
