using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Business;

/// <summary>
/// The business profile's own settings section (<c>business</c>, the same document whose bank holiday region the
/// reminder engine reads as <see cref="BusinessSettings"/>): contact details, address, industry and operating
/// schedule. Phone is E.164, email lower case. A section never saved reads as this record's defaults.
/// </summary>
public sealed record BusinessDetails
{
    public const string Section = BusinessSettings.Section;
    public const int IndustryMaxLength = 100;

    public BankHolidayRegion BankHolidayRegion { get; init; } = BankHolidayRegion.EnglandAndWales;

    public string? IndustryCategory { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public BusinessAddress? Address { get; init; }

    public WeeklySchedule OperatingSchedule { get; init; } = WeeklySchedule.Default;
}
