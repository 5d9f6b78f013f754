namespace VioConcierge.Core.Reminders;

/// <summary>
/// Builds one region's bank holidays for a year from the statutory rules, the one-off changes, and substitute days:
/// a holiday on a Saturday or Sunday moves to the next weekday that is not already a holiday, earliest first.
/// </summary>
internal static class BankHolidayRules
{
    public static (DateOnly[] Holidays, DateOnly[] MovedFrom) Build(BankHolidayRegion region, int year)
    {
        var days = Regular(region, year).ToList();
        foreach (var change in BankHolidayChanges.In(year))
        {
            if (change.Replaces is { } replaced)
            {
                days.Remove(replaced);
            }
            days.Add(change.Date);
        }
        var taken = days.Where(day => !IsWeekend(day)).ToHashSet();
        var movedFrom = days.Where(IsWeekend).Order().ToArray();
        foreach (var day in movedFrom)
        {
            var substitute = day.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }
            taken.Add(substitute);
        }
        return (taken.Order().ToArray(), movedFrom);
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<DateOnly> Regular(BankHolidayRegion region, int year)
    {
        var scotland = region == BankHolidayRegion.Scotland;
        var northernIreland = region == BankHolidayRegion.NorthernIreland;
        var easter = Easter.Sunday(year);
        yield return new DateOnly(year, 1, 1);
        if (scotland)
        {
            yield return new DateOnly(year, 1, 2);
        }
        if (northernIreland)
        {
            yield return new DateOnly(year, 3, 17);
        }
        yield return easter.AddDays(-2);
        if (!scotland)
        {
            yield return easter.AddDays(1);
        }
        yield return FirstMonday(year, 5);
        yield return FirstMonday(year, 6).AddDays(-7);
        if (northernIreland)
        {
            yield return new DateOnly(year, 7, 12);
        }
        yield return scotland ? FirstMonday(year, 8) : FirstMonday(year, 9).AddDays(-7);
        if (scotland)
        {
            yield return new DateOnly(year, 11, 30);
        }
        yield return new DateOnly(year, 12, 25);
        yield return new DateOnly(year, 12, 26);
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }
}
