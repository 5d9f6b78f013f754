using VioConcierge.Core.Business;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Business;

/// <summary>
/// The business profile as the console shows it. <see cref="NameOnCalls"/> is what the voice agent says (the trading
/// name, else the legal name). <see cref="TypeDefaultDifferences"/> lists the settings whose business-type default
/// differs from their current value. <see cref="ReplannedReminders"/>: on a save that changed the time zone or bank
/// holiday region, how many waiting reminders are being planned again (0 when neither changed); null on a read.
/// <see cref="Version"/> is 0 until the profile is first saved.
/// </summary>
public sealed record BusinessProfileResponse(
    string LegalName,
    string? TradingName,
    string NameOnCalls,
    string BusinessType,
    string? IndustryCategory,
    string? Phone,
    string? Email,
    string? Website,
    BusinessAddress? Address,
    string Timezone,
    WeeklySchedule OperatingSchedule,
    int SessionIdleTimeoutHours,
    BankHolidayRegion BankHolidayRegion,
    IReadOnlyList<TypeDefaultDifference> TypeDefaultDifferences,
    int? ReplannedReminders,
    int Version)
{
    public static BusinessProfileResponse From(BusinessProfile profile, IReadOnlyList<TypeDefaultDifference> differences, int? replanned, int version)
    {
        var details = profile.Details;
        return new(profile.LegalName, profile.TradingName, profile.SpokenName, profile.BusinessType, details.IndustryCategory,
            details.Phone, details.Email, details.Website, details.Address, profile.Timezone, details.OperatingSchedule,
            profile.SessionIdleTimeoutHours, details.BankHolidayRegion, differences, replanned, version);
    }
}
