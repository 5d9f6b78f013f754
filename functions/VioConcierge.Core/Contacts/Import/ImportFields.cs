namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// The contact fields a CSV column can map to: the keys of an explicit mapping. The appointment is either one
/// column (<see cref="Appointment"/>, date and time together) or two (<see cref="AppointmentDate"/> and
/// <see cref="AppointmentTime"/>).
/// </summary>
public static class ImportFields
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Appointment = "appointment";
    public const string AppointmentDate = "appointmentDate";
    public const string AppointmentTime = "appointmentTime";
    public const string Timezone = "timezone";
    public const string CallBeforeHours = "callBeforeHours";
    public const string AppointmentType = "appointmentType";
    public const string OwnerName = "ownerName";
    public const string CompanyName = "companyName";
    public const string DurationMinutes = "durationMinutes";
    public const string Notes = "notes";
    public const string SpecialInstructions = "specialInstructions";
    public const string Priority = "priority";

    public static readonly IReadOnlyList<string> All =
    [
        Name, Phone, Email, Appointment, AppointmentDate, AppointmentTime, Timezone, CallBeforeHours, AppointmentType,
        OwnerName, CompanyName, DurationMinutes, Notes, SpecialInstructions, Priority,
    ];

    /// <summary>The canonical spelling of a field name given in any case, or null when there is no such field.</summary>
    public static string? Canonical(string field) => All.FirstOrDefault(known => string.Equals(known, field.Trim(), StringComparison.OrdinalIgnoreCase));
}
