namespace VioConcierge.Core.Contacts.Export;

/// <summary>
/// The fields an export can contain, their CSV headers (spelled so that an exported file imports again), the
/// standard selection, and the fields HIPAA-safe exports leave out because their free text may hold health
/// information.
/// </summary>
public static class ExportFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string AppointmentDate = "appointmentDate";
    public const string AppointmentTime = "appointmentTime";
    public const string Timezone = "timezone";
    public const string CallBeforeHours = "callBeforeHours";
    public const string Status = "status";
    public const string StatusReason = "statusReason";
    public const string CallAttempts = "callAttempts";
    public const string LastContactTime = "lastContactTime";
    public const string AppointmentType = "appointmentType";
    public const string OwnerName = "ownerName";
    public const string CompanyName = "companyName";
    public const string DurationMinutes = "durationMinutes";
    public const string Notes = "notes";
    public const string SpecialInstructions = "specialInstructions";
    public const string Priority = "priority";
    public const string PreferredContactMethod = "preferredContactMethod";
    public const string BookingSource = "bookingSource";
    public const string Groups = "groups";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";

    private static readonly (string Field, string Header)[] Headers =
    [
        (Id, "Id"), (Name, "Name"), (Phone, "Phone"), (Email, "Email"), (AppointmentDate, "Appointment Date"),
        (AppointmentTime, "Appointment Time"), (Timezone, "Timezone"), (CallBeforeHours, "Call Before Hours"),
        (Status, "Status"), (StatusReason, "Status Reason"), (CallAttempts, "Call Attempts"),
        (LastContactTime, "Last Contact Time"), (AppointmentType, "Appointment Type"), (OwnerName, "Owner Name"),
        (CompanyName, "Company Name"), (DurationMinutes, "Duration Minutes"), (Notes, "Notes"),
        (SpecialInstructions, "Special Instructions"), (Priority, "Priority"),
        (PreferredContactMethod, "Preferred Contact Method"), (BookingSource, "Booking Source"), (Groups, "Groups"),
        (CreatedAt, "Created At"), (UpdatedAt, "Updated At"),
    ];

    public static readonly IReadOnlyList<string> All = Headers.Select(entry => entry.Field).ToArray();

    /// <summary>What an export holds when no fields are chosen: name, phone, email and the appointment.</summary>
    public static readonly IReadOnlyList<string> Standard = [Name, Phone, Email, AppointmentDate, AppointmentTime, Timezone, Status];

    /// <summary>Left out of HIPAA-safe exports: free text that may describe a patient's health.</summary>
    public static readonly IReadOnlyList<string> Sensitive = [Notes, SpecialInstructions, AppointmentType, StatusReason];

    public static string Header(string field) => Headers.First(entry => entry.Field == field).Header;

    /// <summary>The canonical spelling of a field name given in any case, or null when there is no such field.</summary>
    public static string? Canonical(string field) => All.FirstOrDefault(known => string.Equals(known, field.Trim(), StringComparison.OrdinalIgnoreCase));
}
