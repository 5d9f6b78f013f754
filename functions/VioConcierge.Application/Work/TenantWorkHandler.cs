using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// A work handler whose whole job runs in one transaction of the item's tenant, committed when it returns. Run by the
/// dispatcher, the item is marked done in that same transaction: the work and its completion commit together, and a
/// run whose lease was taken over commits nothing.
/// </summary>
public abstract class TenantWorkHandler<TPayload>(ITransactions database) : ITransactionalWorkHandler
{
    public abstract string Kind { get; }

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    public async Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken)
    {
        var payload = WorkPayload.Read<TPayload>(item);
        await using var uow = await database.BeginTenantAsync(item.TenantId ?? throw new InvalidOperationException("Tenant work without a tenant."), cancellationToken);
        await HandleAsync(uow, payload, cancellationToken);
        if (completion is not null)
        {
            await completion.CompleteInAsync(uow, cancellationToken);
        }
        await uow.CommitAsync(cancellationToken);
    }

    protected abstract Task HandleAsync(IUnitOfWork uow, TPayload payload, CancellationToken ct);
}
