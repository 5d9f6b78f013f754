namespace VioConcierge.Core.Business;

/// <summary>
/// Where the business is (seed 000, business location): street, city, county (optional), a valid UK postcode in its
/// standard form, and the country, which is the United Kingdom (UK numbers, UK postcodes, UK bank holidays).
/// </summary>
public sealed record BusinessAddress(string Street, string City, string? County, string PostalCode, string Country)
{
    public const int StreetMaxLength = 255;
    public const int CityMaxLength = 100;
    public const int CountyMaxLength = 100;
    public const string UnitedKingdom = "United Kingdom";
}
