using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The before/after of a contact change for the audit log. Notes and special instructions are recorded only as
/// "changed": their text may hold health information and stays encrypted.
/// </summary>
public static class ContactAudit
{
    private const string Changed_ = "changed";

    public static IReadOnlyDictionary<string, FieldChange> Created(ContactDraft draft) => Changed(null, draft);

    public static IReadOnlyDictionary<string, FieldChange> Changed(ContactDraft? before, ContactDraft after)
    {
        var changes = new AuditChanges()
            .Change("name", before?.Name, after.Name)
            .Change("phone", before?.Phone, after.Phone)
            .Change("email", before?.Email, after.Email)
            .Change("appointmentTime", before?.AppointmentAt, after.AppointmentAt)
            .Change("timezone", before?.Timezone, after.Timezone)
            .Change("callBeforeHours", before?.CallBeforeHours, after.CallBeforeHours)
            .Change("appointmentType", before?.AppointmentType, after.AppointmentType)
            .Change("ownerName", before?.OwnerName, after.OwnerName)
            .Change("companyName", before?.CompanyName, after.CompanyName)
            .Change("durationMinutes", before?.DurationMinutes, after.DurationMinutes)
            .Change("bookingSource", before?.BookingSource, after.BookingSource)
            .Change("locationId", before?.LocationId, after.LocationId)
            .Change("priority", before?.Priority, after.Priority)
            .Change("preferredContactMethod", before?.PreferredContactMethod, after.PreferredContactMethod);
        if (before?.Notes != after.Notes)
        {
            changes.Set("notes", Changed_);
        }
        if (before?.SpecialInstructions != after.SpecialInstructions)
        {
            changes.Set("specialInstructions", Changed_);
        }
        return changes.Build();
    }
}
