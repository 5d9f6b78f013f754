namespace VioConcierge.Application.Campaigns;

public sealed class CampaignRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid GroupId { get; init; }
    public string Status { get; set; } = "running";
    public int IntervalMinutes { get; init; }
    public DateTimeOffset? NextAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int Version { get; init; }
}
