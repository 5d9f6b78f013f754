using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>A work item leased to one worker; the lease token proves ownership when completing or failing it.</summary>
public sealed record ClaimedWork(WorkItem Item, Guid LeaseToken);
