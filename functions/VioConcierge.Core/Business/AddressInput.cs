using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Business;

/// <summary>An address as sent: replaced as a whole; street, city and postcode required, country the UK when omitted.</summary>
public sealed record AddressInput(string? Street, string? City, string? County, string? PostalCode, string? Country)
{
    /// <summary>The validated address, or null with each problem added under <c>address.{field}</c>.</summary>
    public BusinessAddress? Check(FieldErrors errors)
    {
        var ok = Text(Street, "address.street", BusinessAddress.StreetMaxLength, required: true, errors, out var street);
        ok &= Text(City, "address.city", BusinessAddress.CityMaxLength, required: true, errors, out var city);
        ok &= Text(County, "address.county", BusinessAddress.CountyMaxLength, required: false, errors, out var county);
        var validPostcode = UkPostcode.TryParse(PostalCode, out var postcode);
        errors.AddIf(!validPostcode, "address.postalCode", "Postcode must be a valid UK postcode, such as SW1A 1AA.");
        var inUk = string.IsNullOrWhiteSpace(Country) || string.Equals(Country.Trim(), BusinessAddress.UnitedKingdom, StringComparison.OrdinalIgnoreCase);
        errors.AddIf(!inUk, "address.country", $"Country must be {BusinessAddress.UnitedKingdom}.");
        return ok && validPostcode && inUk ? new BusinessAddress(street!, city!, county, postcode.Value, BusinessAddress.UnitedKingdom) : null;
    }

    private static bool Text(string? value, string field, int maxLength, bool required, FieldErrors errors, out string? text)
    {
        text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors.Add(field, "Required.");
            return false;
        }
        if (text?.Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
            return false;
        }
        return true;
    }
}
