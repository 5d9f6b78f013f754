using VioConcierge.Core.Reminders;
using static VioConcierge.Core.Reminders.BankHolidayRegion;

namespace VioConcierge.Core.Tests.Reminders;

public class UkBankHolidaysTests
{
    [Theory]
    [InlineData(EnglandAndWales, 2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28")]
    [InlineData(EnglandAndWales, 2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27")]
    [InlineData(EnglandAndWales, 2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26")]
    [InlineData(EnglandAndWales, 2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(EnglandAndWales, 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")]
    [InlineData(EnglandAndWales, 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")]
    [InlineData(EnglandAndWales, 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28")]
    [InlineData(Scotland, 2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27")]
    [InlineData(Scotland, 2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26")]
    [InlineData(Scotland, 2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26")]
    [InlineData(Scotland, 2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26")]
    [InlineData(Scotland, 2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28")]
    [InlineData(Scotland, 2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28")]
    [InlineData(NorthernIreland, 2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27")]
    [InlineData(NorthernIreland, 2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26")]
    [InlineData(NorthernIreland, 2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26")]
    [InlineData(NorthernIreland, 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26")]
    [InlineData(NorthernIreland, 2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28")]
    [InlineData(NorthernIreland, 2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28")]
    public void For_RegionAndYear_MatchesTheGovUkList(BankHolidayRegion region, int year, string monthDays)
    {
        var expected = monthDays.Split(' ').Select(monthDay => Moment.Date($"{year}-{monthDay}"));

        var holidays = UkBankHolidays.For(region, year);

        Assert.Equal(expected, holidays);
    }

    [Theory]
    [InlineData(EnglandAndWales, "2023-01-02", true)] // New Year's Day on a Sunday -> Monday
    [InlineData(EnglandAndWales, "2023-01-01", false)]
    [InlineData(Scotland, "2023-01-03", true)] // ... and 2 January then moves to Tuesday
    [InlineData(EnglandAndWales, "2023-01-03", false)]
    [InlineData(Scotland, "2027-01-04", true)] // 2 January on a Saturday -> Monday
    [InlineData(Scotland, "2022-01-04", true)] // 1 and 2 January on Saturday and Sunday -> Monday and Tuesday
    [InlineData(EnglandAndWales, "2021-12-27", true)] // Christmas on a Saturday -> Monday 27
    [InlineData(EnglandAndWales, "2021-12-28", true)] // Boxing Day on a Sunday -> Tuesday 28
    [InlineData(EnglandAndWales, "2022-12-26", true)] // Christmas on a Sunday: Boxing Day stays Monday 26
    [InlineData(EnglandAndWales, "2022-12-27", true)] // ... and Christmas moves to Tuesday 27
    [InlineData(EnglandAndWales, "2026-12-28", true)] // Boxing Day on a Saturday -> Monday 28
    [InlineData(EnglandAndWales, "2026-12-26", false)]
    [InlineData(Scotland, "2024-12-02", true)] // St Andrew's Day on a Saturday -> Monday
    [InlineData(Scotland, "2025-12-01", true)] // St Andrew's Day on a Sunday -> Monday
    [InlineData(EnglandAndWales, "2025-12-01", false)]
    [InlineData(NorthernIreland, "2024-03-18", true)] // St Patrick's Day on a Sunday -> Monday
    [InlineData(EnglandAndWales, "2024-03-18", false)]
    [InlineData(NorthernIreland, "2025-07-14", true)] // Battle of the Boyne on a Saturday -> Monday
    [InlineData(NorthernIreland, "2026-07-13", true)] // Battle of the Boyne on a Sunday -> Monday
    [InlineData(Scotland, "2026-07-13", false)]
    [InlineData(Scotland, "2026-04-06", false)] // no Easter Monday in Scotland
    [InlineData(Scotland, "2026-08-31", false)] // Scotland's summer holiday is the first Monday of August
    [InlineData(EnglandAndWales, "2026-08-03", false)]
    public void IsHoliday_SubstituteAndRegionalDays_FollowTheRules(BankHolidayRegion region, string date, bool expected)
    {
        Assert.Equal(expected, UkBankHolidays.IsHoliday(region, Moment.Date(date)));
    }

    [Theory]
    [InlineData(2008, "2008-03-21", "2008-03-24")] // Easter Sunday 23 March
    [InlineData(2011, "2011-04-22", "2011-04-25")]
    [InlineData(2019, "2019-04-19", "2019-04-22")]
    [InlineData(2038, "2038-04-23", "2038-04-26")] // latest possible Easter, 25 April
    [InlineData(2285, "2285-03-20", "2285-03-23")] // earliest possible Easter, 22 March
    public void For_AnyYear_HasGoodFridayAndEasterMondayFromEaster(int year, string goodFriday, string easterMonday)
    {
        var holidays = UkBankHolidays.For(EnglandAndWales, year);

        Assert.Contains(Moment.Date(goodFriday), holidays);
        Assert.Contains(Moment.Date(easterMonday), holidays);
        Assert.Contains(Moment.Date(goodFriday), UkBankHolidays.For(Scotland, year));
        Assert.DoesNotContain(Moment.Date(easterMonday), UkBankHolidays.For(Scotland, year));
    }

    [Theory]
    [InlineData("2020-05-08", true)] // early May moved to Friday for VE Day
    [InlineData("2020-05-04", false)]
    [InlineData("2022-06-02", true)] // spring moved to Thursday for the Platinum Jubilee
    [InlineData("2022-06-03", true)] // Platinum Jubilee
    [InlineData("2022-05-30", false)]
    [InlineData("2022-09-19", true)] // state funeral
    [InlineData("2023-05-08", true)] // coronation
    [InlineData("2012-06-05", true)] // Diamond Jubilee
    [InlineData("2012-05-28", false)]
    public void IsHoliday_OneOffChanges_ApplyInEveryRegion(string date, bool expected)
    {
        foreach (var region in Enum.GetValues<BankHolidayRegion>())
        {
            Assert.Equal(expected, UkBankHolidays.IsHoliday(region, Moment.Date(date)));
        }
    }

    [Theory]
    [InlineData(EnglandAndWales, "2027-12-25", true)] // Christmas on a Saturday, substituted on Monday 27
    [InlineData(EnglandAndWales, "2027-12-26", true)]
    [InlineData(EnglandAndWales, "2027-12-27", true)]
    [InlineData(EnglandAndWales, "2027-12-24", false)]
    [InlineData(NorthernIreland, "2025-07-12", true)]
    [InlineData(EnglandAndWales, "2025-07-12", false)]
    [InlineData(EnglandAndWales, "2020-05-04", false)] // a moved weekday is an ordinary day again
    public void IsHolidayOrMovedFrom_WeekendDateOfASubstitutedHoliday_IsIncluded(BankHolidayRegion region, string date, bool expected)
    {
        Assert.Equal(expected, UkBankHolidays.IsHolidayOrMovedFrom(region, Moment.Date(date)));
    }

    [Fact]
    public void For_UnknownRegionOrYearBeforeGregorianEaster_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UkBankHolidays.For((BankHolidayRegion)7, 2026));
        Assert.Throws<ArgumentOutOfRangeException>(() => UkBankHolidays.For(EnglandAndWales, 1500));
    }
}
