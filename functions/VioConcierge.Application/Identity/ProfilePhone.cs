using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Identity;

/// <summary>A user's own phone: a UK number written any usual way, kept as E.164; an empty value clears it.</summary>
public static class ProfilePhone
{
    public static string? Read(string? input, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        if (input.Length > 40 || !UkPhoneNumber.TryParse(input, out var phone))
        {
            errors.Add("phone", "Phone must be a valid UK number.");
            return null;
        }
        return phone.E164;
    }
}
