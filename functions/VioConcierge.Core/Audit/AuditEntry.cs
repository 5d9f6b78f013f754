namespace VioConcierge.Core.Audit;

/// <summary>
/// One append-only audit record: who did what to which target, with the before/after of the fields that changed.
/// </summary>
public sealed record AuditEntry(
    Guid? TenantId,
    Guid? ActorUserId,
    string? ActorRole,
    string Action,
    string TargetType,
    string? TargetId,
    IReadOnlyDictionary<string, FieldChange>? Changes = null,
    string? ClientIp = null);
