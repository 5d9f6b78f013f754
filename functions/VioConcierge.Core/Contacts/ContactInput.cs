namespace VioConcierge.Core.Contacts;

/// <summary>
/// Contact fields as a caller sends them (create, or a partial update where null means "unchanged" and an empty
/// string clears an optional text). <see cref="AppointmentTime"/> is ISO-8601; without an offset it is read as
/// local time in <see cref="Timezone"/>.
/// </summary>
public sealed record ContactInput(
    string? Name = null,
    string? Phone = null,
    string? Email = null,
    string? AppointmentTime = null,
    string? Timezone = null,
    int? CallBeforeHours = null,
    string? Notes = null,
    string? AppointmentType = null,
    string? OwnerName = null,
    string? CompanyName = null,
    int? DurationMinutes = null,
    string? SpecialInstructions = null,
    string? BookingSource = null,
    Guid? LocationId = null,
    string? Priority = null,
    string? PreferredContactMethod = null);
