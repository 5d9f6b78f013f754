using System.Collections.Concurrent;

namespace VioConcierge.Core.Reminders;

/// <summary>
/// UK bank holidays per region, computed from the rules (no download): New Year's Day (Scotland also 2 January),
/// St Patrick's Day (Northern Ireland), Good Friday, Easter Monday (not Scotland), early May and spring (first and
/// last Monday of May), Battle of the Boyne (Northern Ireland), summer (last Monday of August; Scotland the first),
/// St Andrew's Day (Scotland), Christmas and Boxing Day, with substitute days and the proclaimed one-offs.
/// </summary>
public static class UkBankHolidays
{
    public const int FirstYear = 1583;
    public const int LastYear = 9998;

    private static readonly ConcurrentDictionary<(BankHolidayRegion, int), (IReadOnlyList<DateOnly> Holidays, DateOnly[] MovedFrom)> Cache = new();

    /// <summary>The region's bank holidays in the year, in date order, as gov.uk lists them (substitute days included).</summary>
    public static IReadOnlyList<DateOnly> For(BankHolidayRegion region, int year) => Get(region, year).Holidays;

    /// <summary>Whether the date is a bank holiday (or a substitute day) in the region.</summary>
    public static bool IsHoliday(BankHolidayRegion region, DateOnly date) => For(region, date.Year).Contains(date);

    /// <summary>
    /// Whether the date is a bank holiday, or the weekend date a holiday fell on before moving to its substitute
    /// (Christmas Day on a Saturday), so a tenant that calls at weekends still does not call on Christmas Day.
    /// </summary>
    public static bool IsHolidayOrMovedFrom(BankHolidayRegion region, DateOnly date)
    {
        var year = Get(region, date.Year);
        return year.Holidays.Contains(date) || year.MovedFrom.Contains(date);
    }

    private static (IReadOnlyList<DateOnly> Holidays, DateOnly[] MovedFrom) Get(BankHolidayRegion region, int year)
    {
        if (!Enum.IsDefined(region))
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown bank holiday region.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd((region, year), static key =>
        {
            var (holidays, movedFrom) = BankHolidayRules.Build(key.Item1, key.Item2);
            return (Array.AsReadOnly(holidays), movedFrom);
        });
    }
}
