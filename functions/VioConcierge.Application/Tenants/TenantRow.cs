namespace VioConcierge.Application.Tenants;

/// <summary>A tenant as stored.</summary>
public sealed class TenantRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string? TradingName { get; init; }
    public string BusinessType { get; init; } = "";
    public string Timezone { get; init; } = "";
    public string Status { get; init; } = "";
    public string? StatusReason { get; init; }
    public DateTimeOffset? StatusChangedAt { get; init; }
    public int SessionIdleHours { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
    public long UserCount { get; init; }
}
