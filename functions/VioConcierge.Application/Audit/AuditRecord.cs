namespace VioConcierge.Application.Audit;

/// <summary>An audit entry as read back; <see cref="Changes"/> is the stored JSON map of field before/after.</summary>
public sealed class AuditRecord
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid? ActorUserId { get; init; }

    /// <summary>The actor's name when the entry was written (kept after the user is deleted).</summary>
    public string? ActorName { get; init; }
    public string? ActorRole { get; init; }
    public string Action { get; init; } = "";
    public string TargetType { get; init; } = "";
    public string? TargetId { get; init; }
    public string? Changes { get; init; }
    public string? ClientIp { get; init; }
}
