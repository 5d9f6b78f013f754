namespace VioConcierge.Core.Contacts;

/// <summary>A contact's fields after validation and normalisation: what gets stored.</summary>
public sealed record ContactDraft(
    string Name,
    string Phone,
    string PhoneDigits,
    string? Email,
    DateTimeOffset? AppointmentAt,
    string Timezone,
    int CallBeforeHours,
    string? Notes,
    string? AppointmentType,
    string? OwnerName,
    string? CompanyName,
    int? DurationMinutes,
    string? SpecialInstructions,
    string BookingSource,
    Guid? LocationId,
    string Priority,
    string PreferredContactMethod)
{
    /// <summary>When the reminder call is due: the appointment minus the call-before hours.</summary>
    public DateTimeOffset? CallDueAt => AppointmentAt?.AddHours(-CallBeforeHours);
}
