using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Contacts;

/// <summary>The contact and tenant facts a call needs, read in the placing transaction.</summary>
public sealed class CallFacts
{
    public Guid ContactId { get; init; }
    public string Name { get; init; } = "";
    public string Phone { get; init; } = "";
    public DateTimeOffset? AppointmentAt { get; init; }
    public string Timezone { get; init; } = "";
    public string? AppointmentType { get; init; }
    public string? OwnerName { get; init; }
    public string? CompanyName { get; init; }
    public int? DurationMinutes { get; init; }
    public string? SpecialInstructions { get; init; }
    public bool Deleted { get; init; }
    public bool DoNotCall { get; init; }
    public string TenantName { get; init; } = "";
    public string TenantStatus { get; init; } = "";
    public string TenantTimezone { get; init; } = "";
}
