using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>A contact as the console sees it. Notes and special instructions are decrypted for tenant staff only.</summary>
public sealed record ContactResponse(
    Guid Id,
    string Name,
    string Phone,
    string? Email,
    DateTimeOffset? AppointmentTime,
    string Timezone,
    int CallBeforeHours,
    DateTimeOffset? CallDueAt,
    string Status,
    string? StatusReason,
    int CallAttempts,
    DateTimeOffset? LastContactTime,
    string? Notes,
    string? AppointmentType,
    string? OwnerName,
    string? CompanyName,
    int? DurationMinutes,
    string? SpecialInstructions,
    string BookingSource,
    IReadOnlyList<Guid> Groups,
    Guid? LocationId,
    string Priority,
    string PreferredContactMethod,
    IReadOnlyList<string> PhiFlags,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    int Version,
    IReadOnlyList<PhiWarning>? PhiWarnings = null)
{
    /// <summary>The outcome of the contact's last call that ended (e.g. <c>no_answer</c>), set with <see cref="LastContactTime"/>.</summary>
    public string? LastCallOutcome { get; init; }

    public static ContactResponse From(ContactRow row, IContactCipher cipher) => new(
        row.Id, row.Name, row.Phone, row.Email, row.AppointmentAt, row.Timezone, row.CallBeforeHours, row.CallDueAt,
        row.Status, row.StatusReason, row.CallAttempts, row.LastContactAt,
        cipher.Unprotect(row.TenantId, row.Id, "notes", row.Notes), row.AppointmentType, row.OwnerName, row.CompanyName,
        row.DurationMinutes, cipher.Unprotect(row.TenantId, row.Id, "special_instructions", row.SpecialInstructions),
        row.BookingSource, row.GroupIds, row.LocationId, row.Priority, row.PreferredContactMethod, row.PhiFlags,
        row.CreatedAt, row.UpdatedAt, row.DeletedAt, row.Version)
    {
        LastCallOutcome = row.LastCallOutcome,
    };
}
