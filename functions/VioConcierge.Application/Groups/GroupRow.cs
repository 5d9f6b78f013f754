namespace VioConcierge.Application.Groups;

/// <summary>A contact group with its live member count.</summary>
public sealed class GroupRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Colour { get; set; } = "";
    public long MemberCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; init; }
}
