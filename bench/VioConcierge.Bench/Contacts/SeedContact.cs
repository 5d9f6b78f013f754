namespace VioConcierge.Bench.Contacts;

/// <summary>One seeded contact: the columns the bench writes (everything else takes the table's defaults).</summary>
public sealed record SeedContact
{
    public required Guid TenantId { get; init; }
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Phone { get; init; }
    public required string PhoneDigits { get; init; }
    public string? Email { get; init; }
    public required DateTimeOffset AppointmentAt { get; init; }
    public required int CallBeforeHours { get; init; }
    public required DateTimeOffset CallDueAt { get; init; }
    public required string Status { get; init; }
    public required int CallAttempts { get; init; }
    public DateTimeOffset? LastContactAt { get; init; }
    public string? AppointmentType { get; init; }
    public string? OwnerName { get; init; }
    public string? CompanyName { get; init; }
    public int? DurationMinutes { get; init; }
    public required string BookingSource { get; init; }
    public string? ExternalId { get; init; }
    public required string Priority { get; init; }
    public required string PreferredContactMethod { get; init; }
    public Guid? CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
