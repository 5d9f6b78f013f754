namespace VioConcierge.Core.Work;

/// <summary>A claimed work item as a handler sees it. <see cref="Attempt"/> starts at 1.</summary>
public sealed record WorkItem(
    Guid Id,
    string Kind,
    Guid? TenantId,
    string PayloadJson,
    DateTimeOffset DueAt,
    int Attempt,
    int MaxAttempts,
    string? DedupeKey);
