using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// A work handler that completes its item in the same transaction as its work (<see cref="WorkCompletion"/>). The
/// dispatcher calls this overload instead of <see cref="IWorkHandler.HandleAsync"/>.
/// </summary>
public interface ITransactionalWorkHandler : IWorkHandler
{
    Task HandleAsync(WorkItem item, WorkCompletion completion, CancellationToken cancellationToken);
}
