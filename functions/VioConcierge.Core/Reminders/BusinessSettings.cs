namespace VioConcierge.Core.Reminders;

/// <summary>
/// The tenant's business calendar (settings section <c>business</c>): which UK bank holidays apply. Calling hours,
/// weekends and closed dates live in <see cref="CallSettings"/>.
/// </summary>
public sealed record BusinessSettings(BankHolidayRegion BankHolidayRegion = BankHolidayRegion.EnglandAndWales)
{
    public const string Section = "business";
}
