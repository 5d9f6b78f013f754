namespace VioConcierge.Application.Audit;

/// <summary>Filters for the audit list; every one is optional and they combine with AND.</summary>
public sealed record AuditFilter(
    Guid? TenantId = null,
    Guid? ActorUserId = null,
    string? Action = null,
    string? TargetType = null,
    string? TargetId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
