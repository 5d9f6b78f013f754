using VioConcierge.Application.Tenants;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Tenants;

public sealed record TenantResponse(
    Guid Id,
    string Name,
    string BusinessType,
    string Timezone,
    string Status,
    string? StatusReason,
    DateTimeOffset? StatusChangedAt,
    IReadOnlyList<string> AllowedTransitions,
    int SessionIdleHours,
    long UserCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static TenantResponse From(TenantRow row) => new(
        row.Id, row.Name, row.BusinessType, row.Timezone, row.Status, row.StatusReason, row.StatusChangedAt,
        TenantStatus.NextFrom(row.Status), row.SessionIdleHours, row.UserCount, row.CreatedAt, row.UpdatedAt, row.Version);
}
