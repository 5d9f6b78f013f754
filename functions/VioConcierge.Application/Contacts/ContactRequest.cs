using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Body of POST (create) and PATCH (partial update; null = unchanged, "" clears optional text) of a contact.
/// <see cref="Version"/> or If-Match guards updates.
/// </summary>
public sealed record ContactRequest(
    string? Name,
    string? Phone,
    string? Email,
    string? AppointmentTime,
    string? Timezone,
    int? CallBeforeHours,
    [property: MultiLineText] string? Notes,
    string? AppointmentType,
    string? OwnerName,
    string? CompanyName,
    int? DurationMinutes,
    [property: MultiLineText] string? SpecialInstructions,
    string? BookingSource,
    Guid? LocationId,
    string? Priority,
    string? PreferredContactMethod,
    IReadOnlyList<Guid>? Groups,
    int? Version)
{
    public ContactInput ToInput() => new(Name, Phone, Email, AppointmentTime, Timezone, CallBeforeHours, Notes, AppointmentType,
        OwnerName, CompanyName, DurationMinutes, SpecialInstructions, BookingSource, LocationId, Priority, PreferredContactMethod);
}
