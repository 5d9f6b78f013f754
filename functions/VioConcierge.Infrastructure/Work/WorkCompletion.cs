using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Lets a handler mark its claimed item done inside its own transaction, so the work and its completion commit
/// together (one commit per item instead of two). When the lease was lost (another worker took the item over) the
/// handler's transaction must not commit: <see cref="CompleteInAsync"/> throws <see cref="WorkLeaseLostException"/>.
/// A handler that never calls it is completed by the dispatcher afterwards, as before.
/// </summary>
public sealed class WorkCompletion(PostgresWorkQueue queue, ClaimedWork work)
{
    private volatile bool _completed;

    /// <summary>True once a transaction that completed the item has committed.</summary>
    public bool Completed => _completed;

    /// <summary>
    /// Marks the item done in <paramref name="uow"/>. Skipped (the dispatcher completes it afterwards) when the
    /// transaction is scoped to a tenant other than the item's, where row-level security hides the item.
    /// </summary>
    public async Task CompleteInAsync(UnitOfWork uow, CancellationToken ct)
    {
        if (!await TryCompleteInAsync(uow, ct))
        {
            throw new WorkLeaseLostException(work.Item.Id);
        }
    }

    /// <summary>
    /// As <see cref="CompleteInAsync"/>, for work that must commit even when the lease was lost (a provider's answer
    /// already received): false then, and the transaction goes on.
    /// </summary>
    public async Task<bool> TryCompleteInAsync(UnitOfWork uow, CancellationToken ct)
    {
        if (_completed || (uow.TenantId is { } tenantId && tenantId != work.Item.TenantId))
        {
            return true;
        }
        if (!await queue.CompleteAsync(uow, work, ct))
        {
            return false;
        }
        uow.OnCommitted(() => _completed = true);
        return true;
    }
}
