using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Business;

/// <summary>
/// A change to the business profile (PATCH /api/settings/business): an omitted or null field stays as it is; <c>""</c>
/// clears an optional text (trading name, industry, website); address and operating schedule are replaced whole.
/// <see cref="Version"/> (or If-Match) guards against lost updates.
/// </summary>
public sealed record BusinessProfilePatch(
    string? LegalName = null,
    string? TradingName = null,
    string? BusinessType = null,
    string? IndustryCategory = null,
    string? Phone = null,
    string? Email = null,
    string? Website = null,
    AddressInput? Address = null,
    string? Timezone = null,
    WeeklyScheduleInput? OperatingSchedule = null,
    int? SessionIdleTimeoutHours = null,
    BankHolidayRegion? BankHolidayRegion = null,
    int? Version = null)
{
    /// <summary>The profile with this change applied, or every problem with it (400 field errors).</summary>
    public Result<BusinessProfile> ApplyTo(BusinessProfile current, FieldErrors errors)
    {
        var legal = LegalName is null ? current.LegalName : BusinessNames.Check(LegalName, "legalName", required: true, errors);
        var trading = TradingName is null ? current.TradingName : BusinessNames.Check(TradingName, "tradingName", required: false, errors);
        var details = BusinessProfileRules.Details(this, current.Details, errors);
        var (type, zone, idle) = BusinessProfileRules.Tenant(this, current, errors);
        if (!errors.IsEmpty)
        {
            return errors;
        }
        return new BusinessProfile(legal!, trading is "" ? null : trading, type, zone, idle, details);
    }
}
