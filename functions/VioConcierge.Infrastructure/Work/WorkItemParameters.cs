namespace VioConcierge.Infrastructure.Work;

/// <summary>The parameters of one work item insert (<see cref="PostgresWorkQueue.InsertSql"/>).</summary>
public sealed record WorkItemParameters(
    Guid TenantId, Guid Id, string Kind, string PayloadJson, DateTimeOffset DueAt, int MaxAttempts, string? DedupeKey, DateTimeOffset Now);
