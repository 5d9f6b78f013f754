using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// The durable work queue as use cases see it: work enqueued inside a unit of work commits with it or not at all, and a
/// claimed item can be completed inside the handler's own unit of work. Claiming, retries and dead letters belong to
/// the queue's dispatcher.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Enqueues inside <paramref name="uow"/>; returns the new id, or null when the dedupe key already exists.</summary>
    Task<Guid?> EnqueueAsync(IUnitOfWork uow, WorkRequest request, CancellationToken ct);

    /// <summary>
    /// Enqueues many items in the caller's transaction with one statement; like <see cref="EnqueueAsync(IUnitOfWork,
    /// WorkRequest, CancellationToken)"/>, a repeated dedupe key is skipped. Returns how many were added.
    /// </summary>
    Task<int> EnqueueManyAsync(IUnitOfWork uow, IReadOnlyList<WorkRequest> requests, CancellationToken ct);

    /// <summary>Enqueues in a transaction of its own.</summary>
    Task<Guid?> EnqueueAsync(WorkRequest request, CancellationToken ct);

    /// <summary>Marks a claimed item done inside <paramref name="uow"/> (the handler's own transaction); false when the lease was lost.</summary>
    Task<bool> CompleteAsync(IUnitOfWork uow, ClaimedWork work, CancellationToken ct);

    /// <summary>Marks several claimed items done inside <paramref name="uow"/> in one statement; returns the ids completed (a lost lease is left out).</summary>
    Task<IReadOnlySet<Guid>> CompleteManyAsync(IUnitOfWork uow, IReadOnlyList<ClaimedWork> works, CancellationToken ct);
}
