using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Infrastructure.Work;

internal sealed class WorkItemRow
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public string Kind { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset DueAt { get; init; }
    public int Attempts { get; init; }
    public int MaxAttempts { get; init; }
    public string? DedupeKey { get; init; }
    public Guid LeaseToken { get; init; }

    public ClaimedWork ToClaimed() =>
        new(new WorkItem(Id, Kind, TenantId, Payload, DueAt, Attempts, MaxAttempts, DedupeKey), LeaseToken);
}
