using System.Globalization;
using System.Text;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The contact fields a booking sets, as a <see cref="ContactInput"/> for the same validation every contact goes
/// through (null = unchanged on an update; on a create the tenant's defaults apply). The phone only when it is a UK
/// number, the email only when it is valid, the notes as special instructions (cut to their 300 characters), the
/// name without the characters a contact name may not hold (<c>Dr. Sam O'Neil</c> -> <c>Dr Sam O'Neil</c>).
/// </summary>
public static class BookingContact
{
    public static ContactInput ToInput(BookingEvent booking, int? callBeforeHours) => new(
        Name: CleanName(booking.Name),
        Phone: booking.Phone.Finding == PhoneFinding.Valid ? booking.Phone.E164 : null,
        Email: EmailAddress.TryParse(booking.Email, out var email) ? email.Value : null,
        AppointmentTime: booking.StartUtc?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        Timezone: booking.TimeZone,
        CallBeforeHours: callBeforeHours,
        AppointmentType: booking.AppointmentType,
        DurationMinutes: booking.DurationMinutes,
        SpecialInstructions: JsonFields.Clip(booking.Notes, ContactOptions.SpecialInstructionsMaxLength),
        BookingSource: booking.Provider.Name());

    private static string? CleanName(string? name)
    {
        if (name is null)
        {
            return null;
        }
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            kept.Append(char.IsLetter(c) || c is '-' or '\'' or '\u2019' || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? c : ' ');
        }
        return ContactName.Normalise(kept.ToString());
    }
}
