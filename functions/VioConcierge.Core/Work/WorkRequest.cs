namespace VioConcierge.Core.Work;

/// <summary>
/// A unit of durable work to enqueue: <paramref name="Kind"/> selects the handler; a repeated
/// <paramref name="DedupeKey"/> makes the second enqueue a no-op.
/// </summary>
public sealed record WorkRequest(
    string Kind,
    string PayloadJson,
    DateTimeOffset DueAt,
    Guid? TenantId = null,
    string? DedupeKey = null,
    int? MaxAttempts = null);
