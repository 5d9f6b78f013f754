namespace VioConcierge.Application.Work;

/// <summary>A handler tried to complete an item whose lease another worker has taken over; its transaction rolls back.</summary>
public sealed class WorkLeaseLostException(Guid workItemId)
    : Exception($"The lease on work item {workItemId} was lost before it completed.")
{
    public Guid WorkItemId { get; } = workItemId;
}
