using System.Globalization;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Export;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>
/// One exported value: a string, an int or null. Appointment dates and times are local to the contact's time zone
/// (the <c>timezone</c> field says which); other instants are UTC ISO-8601, or local <c>dd/MM/yyyy HH:mm</c> in the UK
/// date format. Phones come as E.164, national or international. Notes are decrypted only when chosen.
/// </summary>
public sealed class ExportValues(ExportOptions options, IContactCipher cipher, IReadOnlyDictionary<Guid, string> groupNames)
{
    public object? Of(string field, ContactRow row) => field switch
    {
        ExportFields.Id => row.Id.ToString(),
        ExportFields.Name => row.Name,
        ExportFields.Phone => Phone(row.Phone),
        ExportFields.Email => row.Email,
        ExportFields.AppointmentDate => Local(row.AppointmentAt, row.Timezone)?.ToString(options.DateFormat == "uk" ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportFields.AppointmentTime => Local(row.AppointmentAt, row.Timezone)?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ExportFields.Timezone => row.Timezone,
        ExportFields.CallBeforeHours => row.CallBeforeHours,
        ExportFields.Status => row.Status,
        ExportFields.StatusReason => row.StatusReason,
        ExportFields.CallAttempts => row.CallAttempts,
        ExportFields.LastContactTime => Instant(row.LastContactAt, row.Timezone),
        ExportFields.AppointmentType => row.AppointmentType,
        ExportFields.OwnerName => row.OwnerName,
        ExportFields.CompanyName => row.CompanyName,
        ExportFields.DurationMinutes => row.DurationMinutes,
        ExportFields.Notes => cipher.Unprotect(row.TenantId, row.Id, "notes", row.Notes),
        ExportFields.SpecialInstructions => cipher.Unprotect(row.TenantId, row.Id, "special_instructions", row.SpecialInstructions),
        ExportFields.Priority => row.Priority,
        ExportFields.PreferredContactMethod => row.PreferredContactMethod,
        ExportFields.BookingSource => row.BookingSource,
        ExportFields.Groups => string.Join("; ", row.GroupIds.Select(id => groupNames.GetValueOrDefault(id)).OfType<string>().Order(StringComparer.OrdinalIgnoreCase)),
        ExportFields.CreatedAt => Instant(row.CreatedAt, row.Timezone),
        ExportFields.UpdatedAt => Instant(row.UpdatedAt, row.Timezone),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an export field."),
    };

    public static string? Text(object? value) => value switch
    {
        null => null,
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };

    private string Phone(string e164) => !UkPhoneNumber.TryParse(e164, out var phone) ? e164 : options.PhoneFormat switch
    {
        "national" => phone.National,
        "international" => phone.International,
        _ => phone.E164,
    };

    private static DateTime? Local(DateTimeOffset? instant, string timezone) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, TimeZoneInfo.FindSystemTimeZoneById(timezone)).DateTime : null;

    private string? Instant(DateTimeOffset? instant, string timezone) => options.DateFormat == "uk"
        ? Local(instant, timezone)?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
        : instant?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
