using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// A handler that can run several claimed items of its kind together, typically in one transaction (scoped to each
/// item's tenant in turn with <c>UnitOfWork.ScopeToTenantAsync</c>): one commit and fewer round trips for many items.
/// Each item it finishes is completed through its <see cref="WorkCompletion"/>. Any item not completed when it returns
/// or throws is run again on its own through <see cref="ITransactionalWorkHandler.HandleAsync(WorkItem, WorkCompletion, CancellationToken)"/>
/// (its attempt is not counted twice), so a batch that fails as a whole loses nothing and a bad item fails alone.
/// </summary>
public interface IBatchWorkHandler : ITransactionalWorkHandler
{
    Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken cancellationToken);
}
