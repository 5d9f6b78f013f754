using System.Text.Json;
using VioConcierge.Application.Audit;

namespace VioConcierge.Application.Audit;

/// <summary>An audit entry with its before/after changes as JSON.</summary>
public sealed record AuditResponse(
    Guid Id, Guid? TenantId, DateTimeOffset OccurredAt, Guid? ActorUserId, string? ActorRole, string Action,
    string TargetType, string? TargetId, JsonElement? Changes, string? ClientIp, string? ActorName = null)
{
    public static AuditResponse From(AuditRecord record) => new(
        record.Id, record.TenantId, record.OccurredAt, record.ActorUserId, record.ActorRole, record.Action, record.TargetType,
        record.TargetId, record.Changes is null ? null : JsonDocument.Parse(record.Changes).RootElement.Clone(), record.ClientIp, record.ActorName);
}
