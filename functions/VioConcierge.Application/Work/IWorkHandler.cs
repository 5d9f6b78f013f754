using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// Runs one kind of work item. Delivery is at least once: a handler must be safe to run again for the same item
/// (a crashed worker's lease expires and the item is claimed anew). Throwing marks the attempt failed.
/// </summary>
public interface IWorkHandler
{
    string Kind { get; }

    Task HandleAsync(WorkItem item, CancellationToken cancellationToken);
}
