namespace VioConcierge.Core.Calls;

/// <summary>
/// What the voice agent may say about the appointment. Built by <see cref="CallContextBuilder"/> according to the
/// tenant's personalisation level and HIPAA mode; never carries notes.
/// </summary>
public sealed record CallContext(
    string CustomerName,
    string BusinessName,
    DateTimeOffset AppointmentAt,
    string Timezone,
    string? AppointmentType,
    string? ProviderName,
    string? CompanyName,
    int? DurationMinutes,
    string? SpecialInstructions);
