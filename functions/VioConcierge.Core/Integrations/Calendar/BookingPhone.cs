using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The phone number a booking gives, in E.164 when <see cref="Finding"/> is <see cref="PhoneFinding.Valid"/>. The
/// candidates are tried in the provider's order; the first that is a UK number (<see cref="UkPhoneNumber"/>) wins.
/// Numbers that are present but none valid give <see cref="PhoneFinding.Invalid"/>, kept apart from "none found" so a
/// failed import can say which.
/// </summary>
public sealed record BookingPhone(PhoneFinding Finding, string? E164)
{
    public static readonly BookingPhone None = new(PhoneFinding.None, null);

    public static BookingPhone FirstUsable(IEnumerable<string?> candidates)
    {
        var sawAny = false;
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }
            if (UkPhoneNumber.TryParse(candidate, out var phone))
            {
                return new BookingPhone(PhoneFinding.Valid, phone.E164);
            }
            sawAny = true;
        }
        return sawAny ? new BookingPhone(PhoneFinding.Invalid, null) : None;
    }
}
