using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// A dry run's view of a valid row as it would be stored (normalised phone, appointment as an instant, defaults
/// applied) and what the import would do with it: <c>insert</c>, <c>update</c> or <c>skip</c>.
/// </summary>
public sealed record ImportPreviewRow(
    int Row,
    string Action,
    string Name,
    string Phone,
    string? Email,
    DateTimeOffset? AppointmentTime,
    string Timezone,
    int CallBeforeHours,
    DateTimeOffset? CallDueAt,
    string? AppointmentType,
    string? OwnerName,
    string? CompanyName,
    int? DurationMinutes,
    string? Notes,
    string? SpecialInstructions,
    string Priority,
    IReadOnlyList<PhiWarning> PhiWarnings)
{
    public static ImportPreviewRow From(int row, string action, ContactDraft d, IReadOnlyList<PhiWarning> warnings) => new(
        row, action, d.Name, d.Phone, d.Email, d.AppointmentAt, d.Timezone, d.CallBeforeHours, d.CallDueAt, d.AppointmentType,
        d.OwnerName, d.CompanyName, d.DurationMinutes, d.Notes, d.SpecialInstructions, d.Priority, warnings);
}
