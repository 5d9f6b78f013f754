using VioConcierge.Application.Contacts;
using VioConcierge.Application.Security;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The one place a validated <see cref="ContactDraft"/> becomes a stored <see cref="ContactRow"/> and back: notes and
/// special instructions encrypted, their blind index computed, PHI flags recorded.
/// </summary>
public sealed class ContactRowMapper(IContactCipher cipher, IBlindIndex blindIndex)
{
    public void Apply(ContactRow row, ContactDraft draft, IEnumerable<PhiWarning> warnings, DateTimeOffset now)
    {
        (row.Name, row.Phone, row.PhoneDigits, row.Email) = (draft.Name, draft.Phone, draft.PhoneDigits, draft.Email);
        (row.AppointmentAt, row.Timezone, row.CallBeforeHours, row.CallDueAt) = (draft.AppointmentAt, draft.Timezone, draft.CallBeforeHours, draft.CallDueAt);
        row.Notes = cipher.Protect(row.TenantId, row.Id, "notes", draft.Notes);
        row.SpecialInstructions = cipher.Protect(row.TenantId, row.Id, "special_instructions", draft.SpecialInstructions);
        row.PrivateSearch = PrivateSearch.For(blindIndex, row.TenantId, draft.Notes, draft.SpecialInstructions);
        (row.AppointmentType, row.OwnerName, row.CompanyName, row.DurationMinutes) = (draft.AppointmentType, draft.OwnerName, draft.CompanyName, draft.DurationMinutes);
        (row.BookingSource, row.LocationId, row.Priority, row.PreferredContactMethod) = (draft.BookingSource, draft.LocationId, draft.Priority, draft.PreferredContactMethod);
        row.PhiFlags = warnings.Select(warning => warning.Rule).Distinct().Order(StringComparer.Ordinal).ToArray();
        row.UpdatedAt = now;
    }

    public ContactDraft ToDraft(ContactRow row) => new(
        row.Name, row.Phone, row.PhoneDigits, row.Email, row.AppointmentAt, row.Timezone, row.CallBeforeHours,
        cipher.Unprotect(row.TenantId, row.Id, "notes", row.Notes), row.AppointmentType, row.OwnerName, row.CompanyName,
        row.DurationMinutes, cipher.Unprotect(row.TenantId, row.Id, "special_instructions", row.SpecialInstructions),
        row.BookingSource, row.LocationId, row.Priority, row.PreferredContactMethod);
}
