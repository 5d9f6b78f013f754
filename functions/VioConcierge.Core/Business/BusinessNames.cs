using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Business;

/// <summary>
/// The business's names. The legal name is the tenant's name on the platform (the console's tenant list, sign-in),
/// with the same length rule as onboarding; the trading name is optional. Each is unique across the platform,
/// case-insensitively, among every other tenant's legal and trading names. The voice agent says the trading name,
/// or the legal name when there is none.
/// </summary>
public static class BusinessNames
{
    public static string SpokenName(string legalName, string? tradingName) => string.IsNullOrWhiteSpace(tradingName) ? legalName : tradingName;

    /// <summary>The trimmed name, or null with an error added (an empty trading name is valid and means none).</summary>
    public static string? Check(string value, string field, bool required, FieldErrors errors)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && !required)
        {
            return "";
        }
        var fits = trimmed.Length is >= NewTenant.NameMinLength and <= NewTenant.NameMaxLength;
        errors.AddIf(!fits, field, $"Name must be {NewTenant.NameMinLength} to {NewTenant.NameMaxLength} characters.");
        return fits ? trimmed : null;
    }
}
