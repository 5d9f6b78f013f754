namespace VioConcierge.Application.Identity;

/// <summary>A single-use link as stored: whose, what for (<c>UserLinkPurposes</c>), until when, and whether it was used.</summary>
public sealed class UserLinkRow
{
    public Guid? TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public string Purpose { get; init; } = "";
    public byte[] TokenHash { get; init; } = [];
    public string? NewEmail { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; init; }
}
